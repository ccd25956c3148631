package org.qsp.contracts.recall;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A recall began: VOLUNTARY (主动召回, the producer filed its plan) or ORDERED (责令召回, the regulator ordered it;
 * the plan is due by {@code planDueAt}). A food recall has a {@code level} (1, 2 or 3), a consumer product a
 * {@code riskLevel} (SERIOUS, HIGH, MEDIUM, LOW). {@code unitsAffected} is known once a plan names it.
 */
public record RecallInitiated(String recallId, String kind, String investigationId, EnterpriseRef producer,
        ProductRef product, String productType, Integer level, String riskLevel, String hazardType,
        Integer unitsAffected, Instant planDueAt, Instant initiatedAt) {
}
