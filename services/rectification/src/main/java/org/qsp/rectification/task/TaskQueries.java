package org.qsp.rectification.task;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;

/**
 * Who sees which tasks: an enterprise only its own, a regulator those of enterprises its authority
 * covers (national all, a province its cities and counties, a city its counties). A task the
 * caller may not see does not exist for it (404, never 403).
 */
@Service
public class TaskQueries {

    private final AggregateStore<RectificationTask> tasks;
    private final TaskSearch search;

    public TaskQueries(AggregateStore<RectificationTask> tasks, TaskSearch search) {
        this.tasks = tasks;
        this.search = search;
    }

    /** The caller's own tasks as notices, newest order first. */
    public Page<RectificationTask> noticesOf(Caller caller, int page, int size) {
        return search.find(TaskSearch.Filter.ownedBy(caller.requireUscc()), page, size);
    }

    /** Tasks the regulator supervises, optionally of one enterprise and status, newest order first. */
    public Page<RectificationTask> supervisedBy(Caller caller, String uscc, TaskStatus status, int page, int size) {
        return search.find(new TaskSearch.Filter(caller.supervisedPrefix(), uscc, status), page, size);
    }

    public RectificationTask visibleTo(Caller caller, TaskId id) {
        RectificationTask task = tasks.get(id.value());
        if (!task.isVisibleTo(caller)) {
            throw new NotYourTask(task.id());
        }
        return task;
    }
}
