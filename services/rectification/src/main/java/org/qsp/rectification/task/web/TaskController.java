package org.qsp.rectification.task.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.PageResponse;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskQueries;
import org.qsp.rectification.task.TaskStatus;

/** The regulator's side: the tasks of its region; one task also for its owner. */
@RestController
@RequestMapping("/api/rectification/v1/tasks")
class TaskController {

    private final TaskQueries queries;

    TaskController(TaskQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @PreAuthorize("hasRole('REGULATOR')")
    PageResponse<TaskView> tasks(@RequestParam(required = false) @ValidUscc String uscc,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(queries.supervisedBy(caller, uscc, status, page, size), TaskView::of);
    }

    @GetMapping("/{taskId}")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ENTERPRISE')")
    TaskView task(@PathVariable String taskId, Caller caller) {
        return TaskView.of(queries.visibleTo(caller, new TaskId(taskId)));
    }
}
