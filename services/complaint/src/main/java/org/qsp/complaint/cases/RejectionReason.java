package org.qsp.complaint.cases;

/** Why a case is not accepted (不予受理), 2019 rules. */
public enum RejectionReason {
    OUTSIDE_JURISDICTION, HANDLED_ELSEWHERE, NOT_PERSONAL_CONSUMPTION, OVER_THREE_YEARS, MISSING_MATERIALS, OTHER
}
