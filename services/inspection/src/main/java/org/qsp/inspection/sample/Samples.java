package org.qsp.inspection.sample;

import java.time.LocalDate;
import java.util.List;

/** The lists of samples (writes go through the sample's {@code AggregateStore}). */
public interface Samples {

    SamplePage search(SampleSearch search, int page, int size);

    /** The ids of FAILs still open to contest whose last day is before {@code day}, at most {@code limit}. */
    List<String> openWithLastDayBefore(LocalDate day, int limit);

    /** The ids of samples whose task is still to record them, at most {@code limit}. */
    List<String> withPendingTask(int limit);

    /** The ids of visits that took no sample whose task is still to record them, at most {@code limit}. */
    List<String> attemptsWithPendingTask(int limit);
}
