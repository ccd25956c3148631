package org.qsp.rectification.task.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.web.PageResponse;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskQueries;
import org.qsp.rectification.task.TaskService;

/** The enterprise's side: its rectification notices, and acknowledging one. */
@RestController
@RequestMapping("/api/rectification/v1")
@PreAuthorize("hasRole('ENTERPRISE')")
class NoticeController {

    private final TaskQueries queries;
    private final TaskService tasks;

    NoticeController(TaskQueries queries, TaskService tasks) {
        this.queries = queries;
        this.tasks = tasks;
    }

    @GetMapping("/notices")
    PageResponse<NoticeView> notices(@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(queries.noticesOf(caller, page, size), NoticeView::of);
    }

    /** The enterprise opens one of its notices: the first time records it READ in the notice history. */
    @GetMapping("/notices/{taskId}")
    NoticeView notice(@PathVariable String taskId, Caller caller) {
        return NoticeView.of(tasks.read(new TaskId(taskId), caller));
    }

    /** Idempotent: acknowledging again answers the same and raises nothing. */
    @PostMapping("/tasks/{taskId}/acknowledgement")
    NoticeView acknowledge(@PathVariable String taskId, Caller caller) {
        return NoticeView.of(tasks.acknowledge(new TaskId(taskId), caller));
    }
}
