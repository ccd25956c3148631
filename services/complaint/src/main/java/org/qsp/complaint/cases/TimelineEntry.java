package org.qsp.complaint.cases;

import java.time.Instant;

/** One step in a case's history, as its followers see it. Notes are the service's own words, never a person's data. */
public record TimelineEntry(Instant at, CaseStatus status, String note) {
}
