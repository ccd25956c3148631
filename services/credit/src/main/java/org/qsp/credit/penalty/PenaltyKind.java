package org.qsp.credit.penalty;

import org.qsp.credit.rules.RecordType;

/** The kinds of administrative penalty (行政处罚的种类) a decision imposes; its credit record is of the kind's type. */
public enum PenaltyKind {
    /** 警告. */
    WARNING(RecordType.PENALTY_WARNING),
    /** 通报批评. */
    CRITICISM(RecordType.PENALTY_CRITICISM),
    /** 罚款. */
    FINE(RecordType.PENALTY_FINE),
    /** 没收违法所得、没收非法财物. */
    CONFISCATION(RecordType.PENALTY_CONFISCATION),
    /** 责令停产停业、限制开展生产经营活动. */
    SUSPENSION(RecordType.PENALTY_SUSPENSION),
    /** 吊销许可证件、降低资质等级. */
    LICENCE_REVOCATION(RecordType.PENALTY_LICENCE_REVOCATION);

    private final RecordType recordType;

    PenaltyKind(RecordType recordType) {
        this.recordType = recordType;
    }

    public RecordType recordType() {
        return recordType;
    }
}
