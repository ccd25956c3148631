package org.qsp.inspection.sample;

import java.util.Optional;

/** Where samples are kept. */
public interface Samples {

    /** The collection whose documents carry the samples' outboxes. */
    String COLLECTION = "samples";

    Optional<Sample> find(SampleId id);

    /**
     * Inserts a new sample or saves a changed one with its pending events, in one write. Fails with
     * an optimistic-locking error when someone else wrote it first (then the use case runs again).
     */
    Sample save(Sample sample);

    SamplePage search(SampleSearch search, int page, int size);
}
