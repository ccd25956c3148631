package org.qsp.rectification.task;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.security.Caller;
import org.qsp.platform.security.Role;
import org.qsp.rectification.task.store.TaskRepository;
import org.qsp.rectification.task.store.TaskSearch;

/**
 * Who sees which tasks: an enterprise only its own, a regulator only those of enterprises in its
 * region. A task the caller may not see does not exist for it (404, never 403).
 */
@Service
public class TaskQueries {

    private final TaskRepository tasks;
    private final TaskSearch search;

    public TaskQueries(TaskRepository tasks, TaskSearch search) {
        this.tasks = tasks;
        this.search = search;
    }

    /** The caller's own tasks as notices, newest order first. */
    public Page<RectificationTask> noticesOf(Caller caller, int page, int size) {
        String uscc = caller.requireUscc();
        return tasks.findByEnterpriseUscc(uscc, PageRequest.of(page, size, TaskSearch.NEWEST_FIRST));
    }

    /** Tasks of the regulator's region, optionally of one enterprise and status, newest order first. */
    public Page<RectificationTask> supervisedBy(Caller caller, String uscc, TaskStatus status, int page, int size) {
        String region = caller.requireRegion();
        return search.supervisedBy(region, uscc, status, PageRequest.of(page, size, TaskSearch.NEWEST_FIRST));
    }

    public RectificationTask visibleTo(Caller caller, TaskId id) {
        return tasks.findById(id.value()).filter(task -> mayView(caller, task))
                .orElseThrow(() -> new NotFound("rectification task", id.value()));
    }

    private static boolean mayView(Caller caller, RectificationTask task) {
        return caller.isEnterprise(task.enterprise().uscc())
                || caller.has(Role.REGULATOR) && caller.region().filter(task::isSupervisedBy).isPresent();
    }
}
