package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of the re-check (复查) the task asked inspection for: round 1 after an accepted report or as the re-check
 * day nears, round 2 on day 60 after the public notice; due by {@code dueBy}. Concluded once inspection answers with
 * the final verdict of the re-check sample {@code sampleId}.
 */
public record Recheck(int round, Trigger trigger, LocalDate dueBy, Instant requestedAt, String sampleId,
        String verdict, Instant concludedAt) {

    public enum Trigger {
        /** The regulator accepted the enterprise's report. */
        REPORT_ACCEPTED,
        /** The re-check day neared without an accepted report (the task is overdue): re-checked anyway. */
        RECHECK_DUE,
        /** Day 60 after the public notice: the second re-check. */
        SECOND_RECHECK
    }

    static Recheck requested(int round, Trigger trigger, LocalDate dueBy, Instant at) {
        return new Recheck(round, trigger, dueBy, at, null, null, null);
    }

    public boolean isConcluded() {
        return concludedAt != null;
    }

    public boolean passed() {
        return "PASS".equals(verdict);
    }

    Recheck concluded(String sample, String finalVerdict, Instant at) {
        return new Recheck(round, trigger, dueBy, requestedAt, sample, finalVerdict, at);
    }
}
