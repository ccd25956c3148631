package org.qsp.credit.list;

/** Why an enterprise is on a list: the first three put it on the abnormal-operation list, the others on the serious one. */
public enum ListReason {
    MISSED_ANNUAL_REPORT(CreditList.ABNORMAL_OPERATION),
    UNREACHABLE_ADDRESS(CreditList.ABNORMAL_OPERATION),
    FALSE_DISCLOSURE(CreditList.ABNORMAL_OPERATION),
    /** A heavier penalty for a serious violation. */
    SERIOUS_VIOLATION(CreditList.SERIOUS_DISHONESTY),
    /** Three years on the abnormal-operation list without fixing. */
    ABNORMAL_NOT_FIXED(CreditList.SERIOUS_DISHONESTY);

    private final CreditList list;

    ListReason(CreditList list) {
        this.list = list;
    }

    public CreditList list() {
        return list;
    }
}
