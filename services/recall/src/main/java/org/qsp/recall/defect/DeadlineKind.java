package org.qsp.recall.defect;

/** The deadlines of a recall; missing one raises {@code recall.overdue} once. */
public enum DeadlineKind {
    /** An ordered consumer-product recall's plan, within the configured working days of the order. */
    PLAN,
    /** An ordered food recall starts (its plan reported) within 24, 48 or 72 hours of the order, by level. */
    START,
    /** The next progress report, at the cadence of the level or risk level. */
    PROGRESS_REPORT,
    /** A food recall is completed (its summary filed) within 10, 20 or 30 working days of its publication. */
    COMPLETION,
    /** The completion summary, within 15 working days after the planned end. */
    SUMMARY
}
