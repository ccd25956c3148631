package org.qsp.complaint.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.platform.store.AggregateStore;

/**
 * Marks cases that were neither accepted nor rejected by the end of their 7 working days. Each case is marked, and
 * raises its event, once: a second run, or another replica, finds it marked.
 */
@Service
public class AcceptanceOverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceOverdueCheck.class);
    static final int BATCH = 200;

    private final AggregateStore<ComplaintCase> cases;
    private final CaseSearch search;
    private final CaseDeadlines deadlines;
    private final Clock clock;

    public AcceptanceOverdueCheck(AggregateStore<ComplaintCase> cases, CaseSearch search, CaseDeadlines deadlines,
            Clock clock) {
        this.cases = cases;
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** @return how many cases this run marked */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = deadlines.today(now);
        int marked = cases.changeEach(limit -> search.acceptanceDeadlineBefore(today, limit), BATCH,
                c -> c.markAcceptanceOverdueIfLate(today, now));
        if (marked > 0) {
            log.info("{} complaint cases passed their acceptance deadline by {}", marked, today);
        }
        return marked;
    }
}
