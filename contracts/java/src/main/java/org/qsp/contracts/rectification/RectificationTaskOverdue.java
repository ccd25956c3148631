package org.qsp.contracts.rectification;

import java.time.Instant;
import java.time.LocalDate;

/** The correction deadline passed before the task was closed. */
public record RectificationTaskOverdue(String taskId, String uscc, LocalDate correctionDeadline, Instant detectedAt) {
}
