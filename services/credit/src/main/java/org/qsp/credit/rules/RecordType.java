package org.qsp.credit.rules;

/** What a credit record says happened; each type moves the score by the rule table's points. */
public enum RecordType {
    /** A sample of the enterprise failed (no safety-related item). */
    SAMPLE_FAILED,
    /** A sample of the enterprise failed on a safety-related item (a hazard). */
    SAMPLE_FAILED_SAFETY,
    /** A rectification task passed its correction deadline before it was closed. */
    RECTIFICATION_OVERDUE,
    /** A report (举报) against the enterprise was substantiated: a violation was found. */
    REPORT_SUBSTANTIATED,
    /** A consumer complaint against the enterprise was settled in mediation (social evaluation). */
    COMPLAINT_SETTLED,
    /** A consumer complaint against the enterprise ended without agreement (refusal, impasse, time limit…). */
    COMPLAINT_UNRESOLVED
}
