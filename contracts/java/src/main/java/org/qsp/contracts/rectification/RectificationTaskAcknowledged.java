package org.qsp.contracts.rectification;

import java.time.Instant;

/** The owning enterprise acknowledged the rectification notice. */
public record RectificationTaskAcknowledged(String taskId, String uscc, Instant acknowledgedAt) {
}
