package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A deadline of the task moved by a regulator: which one, from and to which day, why, by whom (its subject), when. */
public record Extension(Deadline deadline, LocalDate from, LocalDate until, String reason, String approver,
        Instant at) {

    /** The deadlines a regulator may extend, each while the task's status awaits it (ADR 0024). */
    public enum Deadline {
        /** The enterprise's correction deadline (day 60 of the order), until the re-check is requested. */
        CORRECTION,
        /** The authority's re-check day (day 75 of the order), until the first re-check is concluded. */
        RECHECK,
        /** The end of the second re-check's window (day 90 after the public notice), while it is awaited. */
        SECOND_RECHECK;

        private static final Set<TaskStatus> EXTENDS_CORRECTION = EnumSet.of(TaskStatus.NOTIFIED,
                TaskStatus.ACKNOWLEDGED, TaskStatus.OVERDUE, TaskStatus.REPORTED);
        private static final Set<TaskStatus> EXTENDS_RECHECK = EnumSet.of(TaskStatus.NOTIFIED,
                TaskStatus.ACKNOWLEDGED, TaskStatus.OVERDUE, TaskStatus.REPORTED, TaskStatus.RECHECK_REQUESTED);

        /** The day this deadline stands at for a task in {@code status}, or null when it does not apply then. */
        LocalDate current(TaskStatus status, RectificationOrder order, PublicNotice notice) {
            return switch (this) {
                case CORRECTION -> EXTENDS_CORRECTION.contains(status) ? order.correctionDeadline() : null;
                case RECHECK -> EXTENDS_RECHECK.contains(status) ? order.recheckDue() : null;
                case SECOND_RECHECK -> status == TaskStatus.RECHECK_FAILED && notice != null
                        ? notice.secondRecheckBy() : null;
            };
        }
    }
}
