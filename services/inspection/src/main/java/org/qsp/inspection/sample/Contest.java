package org.qsp.inspection.sample;

import java.time.Instant;

/**
 * The enterprise contests a FAIL: an objection (异议, manufactured products) or a re-test application (复检, food
 * and agricultural products), with its reason, by whom and when.
 */
public record Contest(Kind kind, String reason, String by, Instant at) {

    public enum Kind {
        OBJECTION, RETEST
    }
}
