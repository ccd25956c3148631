package org.qsp.contracts.recall;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.EnterpriseRef;

/**
 * A recall missed one of its deadlines (raised once per deadline): PLAN (an ordered recall's plan, working days),
 * START (a food recall's start: 24, 48 or 72 hours by level), PROGRESS_REPORT (the level's reporting cadence),
 * COMPLETION (a food level's 10, 20 or 30 working days) or SUMMARY (15 working days after the planned end).
 * {@code dueDate} is the last day of a deadline in days (null for START, which is {@code dueAt} to the hour).
 */
public record RecallOverdue(String recallId, String kind, EnterpriseRef producer, String deadline, Instant dueAt,
        LocalDate dueDate, Instant detectedAt) {
}
