package org.qsp.credit.rules;

/** What a credit record says happened; each type moves the score by the rule table's points. */
public enum RecordType {
    /** A sample of the enterprise failed, finally (no safety-related item). */
    SAMPLE_FAILED,
    /** A sample of the enterprise failed, finally, on a safety-related item (a hazard). */
    SAMPLE_FAILED_SAFETY,
    /** The enterprise refused to be sampled (拒绝抽样). */
    SAMPLING_REFUSED,
    /** A rectification task passed its correction deadline before it was closed. */
    RECTIFICATION_OVERDUE,
    /** A report (举报) against the enterprise was substantiated: a violation was found. */
    REPORT_SUBSTANTIATED,
    /** A consumer complaint against the enterprise was settled in mediation (social evaluation). */
    COMPLAINT_SETTLED,
    /** A consumer complaint against the enterprise ended without agreement (refusal, impasse, time limit…). */
    COMPLAINT_UNRESOLVED,
    /** The regulator ordered a recall of the enterprise's product (责令召回): a defect it neither recalled nor refuted. */
    RECALL_ORDERED,
    /** A recall of the enterprise missed one of its deadlines (plan, start, progress report, completion, summary). */
    RECALL_OVERDUE,
    /**
     * A voluntary recall of the enterprise (主动召回) was completed: a neutral record by default, which says what was
     * recalled and how much of it came back, so that the file shows the recall without marking the enterprise down.
     */
    RECALL_VOLUNTARY_COMPLETED,
    /** A re-check after rectification failed (复查不合格): the province published its public notice (公告). */
    RECHECK_FAILED
}
