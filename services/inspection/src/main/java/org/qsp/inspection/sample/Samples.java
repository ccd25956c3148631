package org.qsp.inspection.sample;

/** The regulators' lists of samples (writes go through the sample's {@code AggregateStore}). */
public interface Samples {

    SamplePage search(SampleSearch search, int page, int size);
}
