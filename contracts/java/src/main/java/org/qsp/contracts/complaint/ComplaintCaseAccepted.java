package org.qsp.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The competent authority accepted the case (受理). {@code dueBy} is the end of what comes next: the 45 working
 * days of mediation for a complaint, the 15 working days of lead verification for a report.
 */
public record ComplaintCaseAccepted(String caseId, String kind, String category, Respondent respondent,
        String authorityRegion, Instant acceptedAt, LocalDate dueBy) {
}
