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
 * A regulator of the task's region extends one of its deadlines, as the approver (its subject). Answers the task:
 * 201 when the extension is recorded, 200 when the same extension was already.
 */
@RestController
@RequestMapping("/api/rectification/v1/tasks/{taskId}/extensions")
class ExtensionController {

    private final TaskService tasks;

    ExtensionController(TaskService tasks) {
        this.tasks = tasks;
    }

    @PostMapping
    @PreAuthorize("hasRole('REGULATOR')")
    ResponseEntity<TaskView> extend(@PathVariable String taskId, @Valid @RequestBody ExtensionRequest request,
            Caller caller) {
        var outcome = tasks.extend(new TaskId(taskId), caller, request.deadline(), request.until(), request.reason());
        return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(TaskView.of(outcome.aggregate()));
    }
}
