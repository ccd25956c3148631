package org.qsp.inspection.sample;

import java.time.Instant;

/**
 * A recorded result: the report as received, when the test concluded, who recorded it and when.
 */
public record Conclusion(ResultReport report, Instant concludedAt, String recordedBy, Instant recordedAt) {
}
