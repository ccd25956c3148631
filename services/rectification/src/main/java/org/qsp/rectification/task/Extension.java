package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline of the task moved by a regulator: which one, from and to which day, why, by whom (its subject), when. */
public record Extension(Deadline deadline, LocalDate from, LocalDate until, String reason, String approver,
        Instant at) {

    /** The deadlines a regulator may extend. */
    public enum Deadline {
        /** The enterprise's correction deadline (day 60 of the order). */
        CORRECTION,
        /** The authority's re-check day (day 75 of the order), until the first re-check is concluded. */
        RECHECK,
        /** The end of the second re-check's window (day 90 after the public notice). */
        SECOND_RECHECK
    }
}
