package org.qsp.rectification.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qsp.rectification.task.Extension;
import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.PublicNotice;
import org.qsp.rectification.task.Recheck;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.Report;
import org.qsp.rectification.task.Step;
import org.qsp.rectification.task.TaskSource;
import org.qsp.rectification.task.TaskStatus;

/**
 * A rectification task with its notice history, its reports (each with its review, once reviewed), the steps after
 * the notice, its re-check rounds, the public notice and the second re-check's window after a failed re-check, the
 * extensions, when it was closed and the stop-sale duty lifted or it was suspended, and the whole history in time
 * order ({@code timeline}), for the regulator and the owning enterprise.
 */
public record TaskView(String taskId, SourceView source, EnterpriseView enterprise, ProductView product,
        Instant orderedAt, LocalDate correctionDeadline, LocalDate recheckDue, boolean stopSaleRequired,
        TaskStatus status, Instant overdueAt, List<NoticeEntry> notices, List<Report> reports, List<Step> history,
        List<Recheck> rechecks, PublicNotice publicNotice, LocalDate secondRecheckFrom, LocalDate secondRecheckBy,
        List<Extension> extensions, Instant closedAt, Instant stopSaleLiftedAt, Instant suspendedAt,
        boolean licenceRevocationRecommended, String referredTo, List<HistoryEntry> timeline) {

    public record SourceView(TaskSource.Type type, String id) {
    }

    public record EnterpriseView(String uscc, String name, String region) {
    }

    public record NoticeEntry(Notice.Kind kind, Instant issuedAt, Instant deliveredAt, Instant readAt,
            Instant acknowledgedAt) {
    }

    static TaskView of(RectificationTask task) {
        return new TaskView(task.id(), new SourceView(task.source().type(), task.source().id()),
                new EnterpriseView(task.enterprise().uscc(), task.enterprise().name(), task.enterprise().region()),
                ProductView.of(task.product()), task.order().orderedAt(), task.order().correctionDeadline(),
                task.order().recheckDue(), task.order().stopSaleRequired(), task.status(), task.overdueAt(),
                task.notices().stream().map(n -> new NoticeEntry(n.kind(), n.issuedAt(),
                        n.deliveredAt(), n.readAt(), n.acknowledgedAt()))
                        .toList(),
                task.reports(), task.history(), task.rechecks(), task.publicNotice(),
                task.publicNotice() == null ? null : task.publicNotice().secondRecheckFrom(),
                task.publicNotice() == null ? null : task.publicNotice().secondRecheckBy(), task.extensions(),
                task.closedAt(), task.stopSaleLiftedAt(), task.suspendedAt(), task.licenceRevocationRecommended(),
                task.referredTo(), HistoryEntry.of(task));
    }
}
