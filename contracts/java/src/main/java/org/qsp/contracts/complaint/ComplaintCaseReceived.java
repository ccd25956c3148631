package org.qsp.contracts.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint (投诉) or report (举报) was filed and dispatched to the competent authority.
 * {@code kind} is COMPLAINT or REPORT; a submission of both procedures is two cases that name each other in
 * {@code linkedCaseId}. No data of the complainant or reporter travels in any complaint event.
 */
public record ComplaintCaseReceived(String caseId, String kind, String linkedCaseId, String category,
        Respondent respondent, OnlinePlatform onlinePlatform, ProductMention product, String authorityRegion,
        String channel, Instant receivedAt, LocalDate acceptanceDeadline) {

    /** The e-commerce platform an online seller trades on; null for other sellers. */
    public record OnlinePlatform(String name, String region) {
    }
}
