package org.qsp.inspection.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.inspection.task.Task;
import org.qsp.inspection.task.TaskService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.web.PageResponse;

/** Sampling tasks: an inspector's own (open first), and one task for its pair or the regulators of its region. */
@RestController
@RequestMapping("/api/inspection/v1/tasks")
class TaskController {

    private final TaskService tasks;

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('INSPECTOR')")
    PageResponse<TaskView> mine(@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(tasks.mine(caller, page, size), TaskView::of);
    }

    @GetMapping("/{taskId}")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'REGULATOR')")
    TaskView one(@PathVariable String taskId, Caller caller) {
        return TaskView.of(tasks.visibleTo(caller, taskId));
    }

    record TaskView(String taskId, String type, String source, String planId, String uscc, String region,
            String category, Task.Product product, Integer round, List<String> inspectorIds, String status,
            LocalDate dueBy, Instant openedAt, String sampleId, String outcome, Instant doneAt,
            List<Task.Visit> visits) {

        static TaskView of(Task task) {
            return new TaskView(task.id(), task.type().name(), task.source(), task.planId(), task.uscc(),
                    task.region(), task.category(), task.product(), task.round(), task.inspectorIds(),
                    task.status().name(), task.dueBy(), task.openedAt(), task.sampleId(),
                    task.outcome() == null ? null : task.outcome().name(), task.doneAt(), task.visits());
        }
    }
}
