package org.qsp.inspection.sample;

import java.time.Instant;

import org.qsp.platform.access.Caller;

/**
 * The tasks a visit names, as the sample's use cases see them (the task feature implements it). A visit is first
 * checked against its task, before anything is written; then recorded, and the task records the visit: two
 * documents, so the visit keeps a pending link in its own write and the task's write follows it, idempotently, at
 * once and from a periodic sweep after a crash (docs/adr/0022).
 */
public interface SampleTasks {

    /**
     * The task {@code taskId}, when the calling inspector may fulfil it with this visit for this enterprise.
     *
     * @throws TaskRefused 422 {@code unknown-task} (no such task), 403 {@code task-of-another-pair} (not the
     *                     caller's), 422 {@code task-enterprise-mismatch} (another enterprise's task), 409
     *                     {@code task-done} (done by another visit)
     */
    TaskRef requireTakeable(String taskId, String sampleId, String uscc, Caller inspector);

    /**
     * Records the visit on its task, idempotently (again: nothing changes). A visit that {@code closes} the task makes
     * it DONE with this sample id and outcome; one that does not (a cannot-sample whose reason permits a later visit)
     * is listed on the task, which stays OPEN.
     *
     * @return false when another visit closed the task first (a race of two visits past the check), else true
     */
    boolean record(TaskRef task, String sampleId, TaskOutcome outcome, boolean closes, Instant at);
}
