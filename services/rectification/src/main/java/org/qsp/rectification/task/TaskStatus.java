package org.qsp.rectification.task;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.qsp.platform.state.Transitions;

/**
 * Where a rectification task stands (DOMAIN.md §4), and the moves the rules allow:
 *
 * <pre>
 * NOTIFIED          → ACKNOWLEDGED, OVERDUE        notice issued; the enterprise confirms it, or lets the deadline pass
 * ACKNOWLEDGED      → OVERDUE, REPORTED            the enterprise reports its correction, or misses the deadline
 * OVERDUE           → REPORTED, RECHECK_REQUESTED, a late report; the re-check requested anyway as its day nears
 *                     NOTIFIED, ACKNOWLEDGED       (ADR 0024); an extension of the correction deadline past today:
 *                                                  back to awaiting correction (ACKNOWLEDGED once acknowledged)
 * REPORTED          → RECHECK_REQUESTED,           the regulator accepts the report and requests the re-check, or
 *                     ACKNOWLEDGED, OVERDUE        asks for more information: back to awaiting a report (OVERDUE if
 *                                                  the task was overdue when reported)
 * RECHECK_REQUESTED → CLOSED, RECHECK_FAILED       the authority re-checks within 75 days of the order: PASS closes
 *                                                  the task and lifts the stop-sale duty, FAIL escalates
 * RECHECK_FAILED    → CLOSED, SUSPENDED            public notice, second re-check 60–90 days after it: PASS closes,
 *                                                  FAIL suspends with a licence-revocation recommendation
 * SUSPENDED         → CLOSED, LICENCE_REVOKED      suspension for rectification, then revocation
 * CLOSED, LICENCE_REVOKED                          final; sales resume only after a passed re-check (CLOSED)
 * </pre>
 */
public enum TaskStatus {
    NOTIFIED, ACKNOWLEDGED, OVERDUE, REPORTED, RECHECK_REQUESTED, CLOSED, RECHECK_FAILED, SUSPENDED,
    LICENCE_REVOKED;

    private static final Transitions<TaskStatus> MOVES = Transitions.of(TaskStatus.class)
            .allow(NOTIFIED, ACKNOWLEDGED, OVERDUE)
            .allow(ACKNOWLEDGED, OVERDUE, REPORTED)
            .allow(OVERDUE, REPORTED, RECHECK_REQUESTED, NOTIFIED, ACKNOWLEDGED)
            .allow(REPORTED, RECHECK_REQUESTED, ACKNOWLEDGED, OVERDUE)
            .allow(RECHECK_REQUESTED, CLOSED, RECHECK_FAILED)
            .allow(RECHECK_FAILED, CLOSED, SUSPENDED)
            .allow(SUSPENDED, CLOSED, LICENCE_REVOKED)
            .allow(CLOSED)
            .allow(LICENCE_REVOKED)
            .complete();

    public boolean canBecome(TaskStatus target) {
        return MOVES.allows(this, target);
    }

    public Set<TaskStatus> next() {
        return MOVES.next(this);
    }

    public boolean isFinal() {
        return MOVES.isFinal(this);
    }

    /**
     * The statuses in which the correction deadline still runs (passing it makes the task overdue). A report under
     * review stops it: REPORTED becomes OVERDUE only when the regulator asks for more information on a report that
     * came late.
     */
    public static Set<TaskStatus> awaitingCorrection() {
        EnumSet<TaskStatus> running = EnumSet.noneOf(TaskStatus.class);
        for (TaskStatus status : values()) {
            if (status != REPORTED && status.canBecome(OVERDUE)) {
                running.add(status);
            }
        }
        return Collections.unmodifiableSet(running);
    }
}
