package org.qsp.rectification.task;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.OptimisticRetry;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.security.Caller;
import org.qsp.rectification.task.store.TaskRepository;

/** The use cases that change tasks: open one for a failed sample, acknowledge its notice. */
@Service
public class TaskService {

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);

    private final TaskRepository tasks;
    private final RectificationPolicy policy;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Clock clock;

    public TaskService(TaskRepository tasks, RectificationPolicy policy, Outbox outbox, OutboxRelay relay,
            Clock clock) {
        this.tasks = tasks;
        this.policy = policy;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Opens exactly one task per failed sample. The task id derives from the sample id and the
     * deadlines from the sample's conclusion time, so a redelivery or replay finds the task and
     * changes nothing.
     *
     * @return whether a task was opened now
     */
    public boolean openForFailedSample(SampleFailed failed) {
        TaskId id = TaskId.forSample(failed.sampleId());
        if (tasks.existsById(id.value())) {
            return false;
        }
        var enterprise = new Enterprise(failed.enterprise().uscc(), failed.enterprise().name(),
                failed.enterprise().region());
        var product = new Product(failed.product().name(), failed.product().brand(), failed.product().model(),
                failed.product().batch());
        RectificationTask task = RectificationTask.open(id,
                new TaskSource(TaskSource.Type.SAMPLE_FAILED, failed.sampleId()), enterprise, product,
                policy.afterFailedSample(failed.concludedAt()), clock.instant(), outbox);
        try {
            tasks.insert(task);
        } catch (DuplicateKeyException e) {
            log.debug("task {} was opened concurrently; nothing to do", id);
            return false;
        }
        relay.publishSoon(RectificationTask.COLLECTION, id.value());
        return true;
    }

    /** The owning enterprise acknowledges the order notice; anyone else learns nothing (404). */
    public RectificationTask acknowledge(TaskId id, Caller caller) {
        return OptimisticRetry.run(() -> {
            RectificationTask task = tasks.findById(id.value())
                    .filter(t -> caller.isEnterprise(t.enterprise().uscc()))
                    .orElseThrow(() -> new NotFound("rectification task", id.value()));
            if (task.acknowledge(clock.instant(), outbox)) {
                task = tasks.save(task);
                relay.publishSoon(RectificationTask.COLLECTION, id.value());
            }
            return task;
        });
    }
}
