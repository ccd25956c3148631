package org.qsp.inspection.sample;

/** The outcome of an idempotent write: the sample, and whether this request created the state or replayed it. */
public record Recorded(Sample sample, boolean created) {
}
