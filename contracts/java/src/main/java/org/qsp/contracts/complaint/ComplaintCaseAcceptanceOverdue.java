package org.qsp.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** A case was neither accepted nor rejected by the end of its 7 working days (raised once per case). */
public record ComplaintCaseAcceptanceOverdue(String caseId, String kind, Respondent respondent,
        String authorityRegion, LocalDate acceptanceDeadline, Instant overdueAt) {
}
