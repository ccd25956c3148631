package org.qsp.contracts.rectification;

import java.time.Instant;

/**
 * The re-check of round {@code round} passed (its sample {@code sampleId} has the final verdict PASS): the task is
 * closed and, when the order had one, the stop-sale duty is lifted ({@code stopSaleLifted}); sales resume only now.
 * Key: taskId.
 */
public record RectificationTaskClosed(String taskId, String uscc, int round, String sampleId, boolean stopSaleLifted,
        Instant closedAt) {
}
