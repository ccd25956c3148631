package org.qsp.inspection.sample;

/** SAMPLED until a result is recorded, then PASSED or FAILED for good. */
public enum SampleStatus {
    SAMPLED, PASSED, FAILED
}
