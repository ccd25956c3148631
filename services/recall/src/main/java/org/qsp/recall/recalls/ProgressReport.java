package org.qsp.recall.recalls;

import java.time.Instant;

/** A progress report (numbered from 1): the cumulative units, a note, when it came. */
public record ProgressReport(int number, Units units, String note, Instant reportedAt) {
}
