package org.qsp.contracts.rectification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A regulator ({@code approver}, its subject) extended one of the task's deadlines: {@code deadline} is CORRECTION,
 * RECHECK or SECOND_RECHECK, moved from {@code previous} to {@code until} for {@code reason}. Key: taskId.
 */
public record RectificationDeadlineExtended(String taskId, String uscc, String deadline, LocalDate previous,
        LocalDate until, String reason, String approver, Instant extendedAt) {
}
