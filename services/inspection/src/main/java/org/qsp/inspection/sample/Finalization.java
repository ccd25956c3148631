package org.qsp.inspection.sample;

/** How a verdict became final (the {@code basis} of {@code inspection.sample.finalized}). */
public enum Finalization {
    /** A PASS needs no objection: it is final when it is recorded. */
    PASS_RESULT,
    /** A risk-monitoring FAIL has no objection, re-test or penalty path: final when it is recorded. */
    RISK_MONITORING,
    /** The enterprise accepted the result (and so waived its objection). */
    ACCEPTED,
    /** The window passed without an objection or a re-test application: the result is accepted. */
    WINDOW_PASSED,
    /** The re-test's conclusion, at another lab on the reserve sample, is final. */
    RETEST,
    /** The regulator decided the objection: the verdict confirmed, or overturned to PASS. */
    OBJECTION_DECIDED
}
