package org.qsp.contracts.recall;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A defect investigation (缺陷调查) was opened on a lead and its producer notified; the producer may object with
 * evidence up to and including {@code objectionDeadline} (working days, configurable).
 */
public record RecallInvestigationOpened(String investigationId, String leadId, EnterpriseRef producer,
        ProductRef product, String region, LocalDate objectionDeadline, Instant openedAt) {
}
