package org.qsp.contracts.complaint;

import java.time.Instant;

/**
 * Mediation of a complaint ended. {@code outcome} is the termination code: SETTLED (agreement), WITHDRAWN,
 * TESTING_DISAGREEMENT, ABSENCE_OR_REFUSAL, IMPASSE, TIME_LIMIT (45 working days passed), REJECTION_REASON_FOUND.
 * {@code agreementReached} is true for SETTLED only; {@code violationFound} when the mediator found a violation
 * (a lead check follows).
 */
public record ComplaintMediationConcluded(String caseId, String category, Respondent respondent,
        String authorityRegion, String outcome, boolean agreementReached, boolean violationFound,
        Instant concludedAt) {
}
