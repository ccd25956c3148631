package org.qsp.complaint.cases;

/** How a mediation ended (终止调解的情形), 2019 rules. */
public enum MediationOutcome {
    SETTLED, WITHDRAWN, TESTING_DISAGREEMENT, ABSENCE_OR_REFUSAL, IMPASSE, TIME_LIMIT, REJECTION_REASON_FOUND
}
