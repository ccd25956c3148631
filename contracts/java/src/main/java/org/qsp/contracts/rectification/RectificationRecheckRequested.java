package org.qsp.contracts.rectification;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * Rectification asks inspection for a re-check sampling (复查) of a task's enterprise and product: round 1 (within 75
 * days of the order) or round 2 (after a failed re-check and the public notice), due by {@code dueBy}. Key: taskId.
 */
public record RectificationRecheckRequested(String taskId, String sampleId, EnterpriseRef enterprise,
        ProductRef product, int round, LocalDate dueBy, Instant requestedAt) {
}
