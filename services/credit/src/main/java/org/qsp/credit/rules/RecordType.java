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
    RECHECK_FAILED,
    /** A regulator recorded a penalty decision (行政处罚决定) of the kind warning (警告). */
    PENALTY_WARNING,
    /** A penalty decision of the kind criticism (通报批评). */
    PENALTY_CRITICISM,
    /** A penalty decision of the kind fine (罚款). */
    PENALTY_FINE,
    /** A penalty decision that confiscated illegal gains or goods (没收违法所得、没收非法财物). */
    PENALTY_CONFISCATION,
    /** A penalty decision that suspended production or business (责令停产停业). */
    PENALTY_SUSPENSION,
    /** A penalty decision that revoked a licence (吊销许可证件). */
    PENALTY_LICENCE_REVOCATION,
    /** The enterprise is on the serious-dishonesty list (严重违法失信名单): while it is, its class is the lowest. */
    SERIOUS_DISHONESTY_LISTED(true),
    /** The enterprise is on the abnormal-operation list (经营异常名录). */
    ABNORMAL_OPERATION_LISTED,
    /**
     * A credit repair (信用修复) was approved: a neutral record by default that shows the repair on the file, beside the
     * repaired record, which stays there worth 0 points.
     */
    CREDIT_REPAIRED;

    private final boolean forcesLowestClass;

    RecordType() {
        this(false);
    }

    RecordType(boolean forcesLowestClass) {
        this.forcesLowestClass = forcesLowestClass;
    }

    /**
     * Whether a counted record of this type puts the enterprise in the lowest class whatever its score (DOMAIN §7:
     * listing forces the highest-risk treatment). A law, not a weight: not configuration.
     */
    public boolean forcesLowestClass() {
        return forcesLowestClass;
    }
}
