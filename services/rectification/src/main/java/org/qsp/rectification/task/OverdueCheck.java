package org.qsp.rectification.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.platform.errors.OptimisticRetry;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.rectification.RectificationProperties;
import org.qsp.rectification.task.store.TaskRepository;
import org.qsp.rectification.task.store.TaskSearch;

/**
 * Marks tasks whose correction deadline has passed (today in the authority's time zone is after
 * the deadline day) while the correction is still awaited. Each task becomes overdue, and raises
 * its event, once: a second run, or a second replica racing this one, finds it overdue already.
 */
@Service
public class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final TaskRepository tasks;
    private final TaskSearch search;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Clock clock;
    private final RectificationProperties properties;

    public OverdueCheck(TaskRepository tasks, TaskSearch search, Outbox outbox, OutboxRelay relay, Clock clock,
            RectificationProperties properties) {
        this.tasks = tasks;
        this.search = search;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
        this.properties = properties;
    }

    /** @return how many tasks this run marked overdue */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(properties.zone()).toLocalDate();
        int marked = 0;
        int markedInBatch;
        List<String> batch;
        do {
            batch = search.deadlineBefore(TaskStatus.awaitingCorrection(), today, properties.overdueBatchSize());
            markedInBatch = 0;
            for (String id : batch) {
                if (markOverdue(id, today, now)) {
                    markedInBatch++;
                }
            }
            marked += markedInBatch;
        } while (batch.size() == properties.overdueBatchSize() && markedInBatch > 0);
        if (marked > 0) {
            log.info("{} rectification tasks became overdue on {}", marked, today);
        }
        return marked;
    }

    private boolean markOverdue(String id, LocalDate today, Instant now) {
        return OptimisticRetry.run(() -> tasks.findById(id)
                .filter(task -> task.markOverdueIfLate(today, now, outbox))
                .map(task -> {
                    tasks.save(task);
                    relay.publishSoon(RectificationTask.COLLECTION, id);
                    return true;
                }).orElse(false));
    }
}
