package org.qsp.credit.penalty;

/**
 * The product domain a penalty concerns. Food, drugs and special equipment are the domains where a penalty's
 * publication may end early by repair only after a year (DOMAIN §7), the others after six months.
 */
public enum ProductDomain {
    FOOD, DRUG, SPECIAL_EQUIPMENT, OTHER;

    /** Whether the longer repair wait applies. */
    public boolean strict() {
        return this != OTHER;
    }
}
