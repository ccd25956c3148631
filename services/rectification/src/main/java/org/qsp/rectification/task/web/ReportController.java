package org.qsp.rectification.task.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskService;

/**
 * The enterprise's rectification report and the regulator's review of it. Both answer the task. A report answers 201
 * when it is recorded, 200 when the same report was already; a review answers 200 either way.
 */
@RestController
@RequestMapping("/api/rectification/v1/tasks/{taskId}/report")
class ReportController {

    private final TaskService tasks;

    ReportController(TaskService tasks) {
        this.tasks = tasks;
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<TaskView> report(@PathVariable String taskId, @Valid @RequestBody ReportRequest request,
            Caller caller) {
        var outcome = tasks.report(new TaskId(taskId), caller, request.measures(), request.evidence());
        return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(TaskView.of(outcome.aggregate()));
    }

    @PostMapping("/review")
    @PreAuthorize("hasRole('REGULATOR')")
    TaskView review(@PathVariable String taskId, @Valid @RequestBody ReviewRequest request, Caller caller) {
        return TaskView.of(tasks.review(new TaskId(taskId), caller, request.decision(), request.note()));
    }
}
