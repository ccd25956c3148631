package org.qsp.credit.reclassification.web;

import java.util.Map;

import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.reclassification.Reclassification;
import org.qsp.credit.reclassification.ReclassificationJob;
import org.qsp.platform.access.Caller;

/** ADMIN's re-classification on demand and its progress. */
@RestController
@RequestMapping("/api/credit/v1/admin/reclassifications")
@PreAuthorize("hasRole('ADMIN')")
class ReclassificationController {

    private final Reclassification reclassification;

    ReclassificationController(Reclassification reclassification) {
        this.reclassification = reclassification;
    }

    /** Starts a run: 202 with its id; while one runs, 202 with that one's id (no second run). */
    @PostMapping
    ResponseEntity<Map<String, String>> start(Caller caller) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId",
                reclassification.request(caller.subject()).id()));
    }

    @GetMapping("/{jobId}")
    JobView get(@PathVariable @Size(max = 64) String jobId) {
        return JobView.of(reclassification.get(jobId));
    }

    /** {@code changed}: enterprises re-scored differently (their class moved, or their score). */
    record JobView(String jobId, ReclassificationJob.Status status, long done, long total, long changed,
            java.time.Instant startedAt, java.time.Instant finishedAt, String failure) {

        static JobView of(ReclassificationJob job) {
            return new JobView(job.id(), job.status(), job.done(), job.total(), job.changed(), job.startedAt(),
                    job.finishedAt(), job.failure());
        }
    }
}
