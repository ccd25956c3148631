package org.qsp.contracts.recall;

import java.math.BigDecimal;
import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * The regulator closed a recall as COMPLETED after its completion summary: the final units and completion rate.
 */
public record RecallCompleted(String recallId, String kind, EnterpriseRef producer, ProductRef product,
        int unitsAffected, int unitsRecovered, int unitsRepaired, int unitsReplaced, int unitsRefunded,
        BigDecimal completionRate, Instant completedAt) {
}
