package org.qsp.credit.rules;

/** What a credit record says happened; each type moves the score by the rule table's points. */
public enum RecordType {
    /** A sample of the enterprise failed (no safety-related item). */
    SAMPLE_FAILED,
    /** A sample of the enterprise failed on a safety-related item (a hazard). */
    SAMPLE_FAILED_SAFETY,
    /** A rectification task passed its correction deadline before it was closed. */
    RECTIFICATION_OVERDUE
}
