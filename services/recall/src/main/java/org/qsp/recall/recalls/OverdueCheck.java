package org.qsp.recall.recalls;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.platform.store.AggregateStore;

/**
 * Marks the deadlines that passed: each missed deadline raises its {@code recall.overdue} once; a second run, or
 * another replica, finds it marked.
 */
@Service
public class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);
    static final int BATCH = 200;

    private final AggregateStore<Recall> recalls;
    private final RecallSearch search;
    private final Clock clock;

    public OverdueCheck(AggregateStore<Recall> recalls, RecallSearch search, Clock clock) {
        this.recalls = recalls;
        this.search = search;
        this.clock = clock;
    }

    /** @return how many recalls this run marked */
    public int run() {
        Instant now = clock.instant();
        int marked = recalls.changeEach(limit -> search.dueBy(now, limit), BATCH, r -> r.markOverdue(now));
        if (marked > 0) {
            log.info("{} recalls missed a deadline by {}", marked, now);
        }
        return marked;
    }
}
