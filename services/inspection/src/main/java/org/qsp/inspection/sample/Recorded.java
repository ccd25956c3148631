package org.qsp.inspection.sample;

import org.qsp.platform.store.AggregateStore.Outcome;

/** The outcome of an idempotent write: the sample, and whether this request created the state or replayed it. */
public record Recorded(Sample sample, boolean created) {

    static Recorded of(Outcome<Sample> outcome) {
        return new Recorded(outcome.aggregate(), outcome.changed());
    }
}
