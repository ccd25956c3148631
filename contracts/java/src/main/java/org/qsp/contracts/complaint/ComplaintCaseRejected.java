package org.qsp.contracts.complaint;

import java.time.Instant;

/**
 * The authority did not accept the case (不予受理), with the reason code of the 2019 rules:
 * OUTSIDE_JURISDICTION, HANDLED_ELSEWHERE, NOT_PERSONAL_CONSUMPTION, OVER_THREE_YEARS, MISSING_MATERIALS, OTHER.
 * The regulator's free-text note stays in the service (it may name people).
 */
public record ComplaintCaseRejected(String caseId, String kind, String category, Respondent respondent,
        String authorityRegion, String reason, Instant rejectedAt) {
}
