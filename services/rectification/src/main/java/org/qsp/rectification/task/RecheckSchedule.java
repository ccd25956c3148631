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
 * Requests the re-checks that no review requests (ADR 0024): round 1 of an overdue task once its re-check day is
 * {@code recheck-lead-days} away (the authority re-checks within 75 days of the order, report or not), round 2 of a
 * task whose re-check failed from day 60 after the public notice. Each round is requested once: a second run, or a
 * second replica racing this one, finds it requested (the query leaves such tasks out, the task checks again).
 */
@Service
public class RecheckSchedule {

    private static final Logger log = LoggerFactory.getLogger(RecheckSchedule.class);

    private final AggregateStore<RectificationTask> tasks;
    private final TaskSearch search;
    private final Deadlines deadlines;
    private final Clock clock;
    private final int batchSize;
    private final int leadDays;

    public RecheckSchedule(AggregateStore<RectificationTask> tasks, TaskSearch search, Deadlines deadlines, Clock clock,
            RectificationProperties properties) {
        this.tasks = tasks;
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
        this.batchSize = properties.overdueBatchSize();
        this.leadDays = properties.recheckLeadDays();
    }

    /** @return how many re-check rounds this run requested */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = deadlines.dayOf(now);
        int requested = tasks.changeEach(limit -> search.recheckDueBy(today.plusDays(leadDays), limit), batchSize,
                task -> task.requestDueRecheck(today, leadDays, now));
        requested += tasks.changeEach(limit -> search.secondRecheckFrom(today, limit), batchSize,
                task -> task.requestDueRecheck(today, leadDays, now));
        if (requested > 0) {
            log.info("{} re-check rounds requested on {}", requested, today);
        }
        return requested;
    }
}
