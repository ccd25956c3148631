package org.qsp.inspection.sample;

/**
 * Where a concluded result stands on its way to the final verdict (DOMAIN.md §3): a FAIL is OPEN while its
 * enterprise may object or apply for a re-test, OBJECTED or RETEST_REQUESTED while that is decided, and FINAL once
 * accepted, unopposed in its window, re-tested or decided. A PASS and a risk-monitoring FAIL are FINAL at once.
 */
public enum ResultStage {
    OPEN, OBJECTED, RETEST_REQUESTED, FINAL
}
