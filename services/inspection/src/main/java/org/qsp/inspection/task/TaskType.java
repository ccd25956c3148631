package org.qsp.inspection.task;

/** Where a sampling task comes from: a plan's draw, a complaint cluster (targeted), or a re-check request. */
public enum TaskType {
    DRAWN, TARGETED, RECHECK
}
