package org.qsp.rectification.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.store.AggregateStore;
import org.qsp.rectification.RectificationProperties;

/**
 * Marks tasks whose correction deadline has passed (today in the authority's time zone is after
 * the deadline day) while the correction is still awaited. Each task becomes overdue, and raises
 * its event, once: a second run, or a second replica racing this one, finds it overdue already.
 */
@Service
public class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final AggregateStore<RectificationTask> tasks;
    private final TaskSearch search;
    private final Deadlines deadlines;
    private final Clock clock;
    private final int batchSize;

    public OverdueCheck(AggregateStore<RectificationTask> tasks, TaskSearch search, Deadlines deadlines,
            Clock clock, RectificationProperties properties) {
        this.tasks = tasks;
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
        this.batchSize = properties.overdueBatchSize();
    }

    /** @return how many tasks this run marked overdue */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = deadlines.dayOf(now);
        int marked = tasks.changeEach(limit -> search.deadlineBefore(TaskStatus.awaitingCorrection(), today, limit),
                batchSize, task -> task.markOverdueIfLate(today, now));
        if (marked > 0) {
            log.info("{} rectification tasks became overdue on {}", marked, today);
        }
        return marked;
    }
}
