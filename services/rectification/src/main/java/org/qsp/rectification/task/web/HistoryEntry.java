package org.qsp.rectification.task.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.Step;

/**
 * One line of a task's notice history, in time order (DOMAIN.md §4): the notice issued, delivered, read and
 * acknowledged, then every step after it (reports, reviews, re-checks requested and concluded, the public notice, a
 * referral, the suspension, the closure, extensions). {@code round} and {@code report} say what it concerns, where
 * anything; {@code detail} the rest.
 */
public record HistoryEntry(String step, Instant at, Integer round, Integer report, String detail) {

    static List<HistoryEntry> of(RectificationTask task) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Notice notice : task.notices()) {
            add(entries, "NOTICE_ISSUED", notice.issuedAt(), notice.kind().name());
            add(entries, "NOTICE_DELIVERED", notice.deliveredAt(), notice.kind().name());
            add(entries, "NOTICE_READ", notice.readAt(), notice.kind().name());
            add(entries, "NOTICE_ACKNOWLEDGED", notice.acknowledgedAt(), notice.kind().name());
        }
        if (task.overdueAt() != null) {
            add(entries, "OVERDUE", task.overdueAt(), "correction deadline " + task.order().correctionDeadline());
        }
        for (Step step : task.history()) {
            entries.add(new HistoryEntry(step.kind().name(), step.at(), step.round(),
                    step.report() > 0 ? step.report() : null, step.detail()));
        }
        // stable: steps of the same instant keep the order they happened in
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return List.copyOf(entries);
    }

    private static void add(List<HistoryEntry> entries, String step, Instant at, String detail) {
        if (at != null) {
            entries.add(new HistoryEntry(step, at, null, null, detail));
        }
    }
}
