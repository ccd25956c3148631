package org.qsp.rectification.task;

import java.time.Instant;

/**
 * One step of a task's history after its notice (the notice's own steps are in {@link Notice}): a report sent, its
 * review, a re-check requested and concluded, the public notice, a referral, the suspension, the closure, an
 * extension. {@code report} is the number of the report the step concerns (0 for none), {@code round} the re-check
 * round (null for none), {@code detail} what else the step says (the sample, the extended deadline and its new day).
 */
public record Step(Kind kind, Instant at, int report, Integer round, String detail) {

    public Step(Kind kind, Instant at, int report) {
        this(kind, at, report, null, null);
    }

    public enum Kind {
        /** The enterprise sent a report. */
        REPORTED,
        /** The regulator asked for more information: the task awaits a new report. */
        MORE_INFORMATION_REQUESTED,
        /** The regulator accepted the report. */
        REPORT_ACCEPTED,
        /** A re-check round was requested of inspection. */
        RECHECK_REQUESTED,
        /** The re-check round's sample passed. */
        RECHECK_PASSED,
        /** The re-check round's sample failed. */
        RECHECK_FAILED,
        /** The province published the public notice; the second re-check's window opens. */
        PUBLIC_NOTICE_PUBLISHED,
        /** The authority of the producer's registration region was notified. */
        REFERRED,
        /** The second re-check failed: suspension and a licence-revocation recommendation. */
        SUSPENDED,
        /** The task is closed and the stop-sale duty lifted. */
        CLOSED,
        /** A regulator extended a deadline. */
        DEADLINE_EXTENDED
    }
}
