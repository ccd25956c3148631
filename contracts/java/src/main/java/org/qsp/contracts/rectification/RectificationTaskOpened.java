package org.qsp.contracts.rectification;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.EnterpriseRef;

/**
 * A rectification task was ordered and its notice issued to the enterprise.
 * {@code sourceType}/{@code sourceId} name what caused it (a failed sample today).
 */
public record RectificationTaskOpened(String taskId, String sourceType, String sourceId, EnterpriseRef enterprise,
        String productName, Instant orderedAt, LocalDate correctionDeadline, LocalDate recheckDue,
        boolean stopSaleRequired) {
}
