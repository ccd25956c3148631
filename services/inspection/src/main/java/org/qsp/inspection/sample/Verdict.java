package org.qsp.inspection.sample;

public enum Verdict {
    PASS, FAIL
}
