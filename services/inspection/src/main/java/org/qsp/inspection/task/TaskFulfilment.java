package org.qsp.inspection.task;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.qsp.inspection.sample.SampleTasks;
import org.qsp.inspection.sample.TaskOutcome;
import org.qsp.inspection.sample.TaskRef;
import org.qsp.inspection.sample.TaskRefused;
import org.qsp.platform.access.Caller;
import org.qsp.platform.store.AggregateStore;

/** The tasks as the sample's use cases see them: checked before a visit is written, told of it after. */
@Component
class TaskFulfilment implements SampleTasks {

    private final AggregateStore<Task> tasks;

    TaskFulfilment(AggregateStore<Task> tasks) {
        this.tasks = tasks;
    }

    @Override
    public TaskRef requireTakeable(String taskId, String sampleId, String uscc, Caller inspector) {
        Task task = tasks.find(taskId).orElseThrow(() -> TaskRefused.unknown(taskId));
        if (!task.takeableBy(inspector)) {
            throw TaskRefused.anotherPair(taskId, inspector.subject());
        }
        if (task.uscc() != null && !task.uscc().equals(uscc)) {
            throw TaskRefused.otherEnterprise(taskId, task.uscc(), uscc);
        }
        if (task.doneByAnotherThan(sampleId)) {
            throw TaskRefused.done(taskId, task.sampleId());
        }
        return new TaskRef(task.id(), task.type().name(), task.source(), task.round());
    }

    @Override
    public boolean record(TaskRef task, String sampleId, TaskOutcome outcome, boolean closes, Instant at) {
        boolean[] taken = {true};
        tasks.update(task.id(), t -> taken[0] = t.record(sampleId, outcome, closes, at));
        return taken[0];
    }
}
