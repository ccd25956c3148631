package org.qsp.contracts.recall;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The producer reported progress (report {@code reportNumber}, 1, 2, …): cumulative units recovered, repaired,
 * replaced and refunded against the units affected, and the completion rate (their sum ÷ affected, 0 to 1).
 */
public record RecallProgressReported(String recallId, String uscc, int reportNumber, int unitsAffected,
        int unitsRecovered, int unitsRepaired, int unitsReplaced, int unitsRefunded, BigDecimal completionRate,
        Instant reportedAt) {
}
