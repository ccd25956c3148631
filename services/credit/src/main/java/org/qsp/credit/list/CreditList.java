package org.qsp.credit.list;

/** The public credit lists of DOMAIN §7. */
public enum CreditList {
    /** 严重违法失信名单: listing forces class D. */
    SERIOUS_DISHONESTY,
    /** 经营异常名录. */
    ABNORMAL_OPERATION
}
