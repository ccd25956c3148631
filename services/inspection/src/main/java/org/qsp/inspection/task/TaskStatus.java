package org.qsp.inspection.task;

/**
 * A task is open until a visit that names it closes it (a sample, a refusal, or a cannot-sample whose reason leaves
 * nothing to sample later): then DONE, with that visit's sample id and outcome.
 */
public enum TaskStatus {
    OPEN, DONE
}
