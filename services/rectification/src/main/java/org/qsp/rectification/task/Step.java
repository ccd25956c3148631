package org.qsp.rectification.task;

import java.time.Instant;

/**
 * One step of a task's history after its notice (the notice's own steps are in {@link Notice}): a report sent, its
 * review, the re-check requested. {@code report} is the number of the report the step concerns.
 */
public record Step(Kind kind, Instant at, int report) {

    public enum Kind {
        /** The enterprise sent a report. */
        REPORTED,
        /** The regulator asked for more information: the task awaits a new report. */
        MORE_INFORMATION_REQUESTED,
        /** The regulator accepted the report. */
        REPORT_ACCEPTED,
        /** The re-check (round 1) was requested of inspection. */
        RECHECK_REQUESTED
    }
}
