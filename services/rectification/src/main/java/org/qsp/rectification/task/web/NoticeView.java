package org.qsp.rectification.task.web;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskSource;
import org.qsp.rectification.task.TaskStatus;

/**
 * A rectification notice as its enterprise sees it. {@code sampleId} is set for a task after a failed sample;
 * {@code source} says what caused any task (for a substantiated report: the complaint case, never the reporter; for
 * an ordered recall: the recall). {@code stopSaleLiftedAt} is set once a passed re-check lifted the stop-sale duty;
 * {@code history} is every step of the task in time order.
 */
public record NoticeView(String taskId, String sampleId, TaskView.SourceView source, ProductView product,
        Instant orderedAt,
        LocalDate correctionDeadline, LocalDate recheckDue, boolean stopSaleRequired, TaskStatus status,
        Instant issuedAt, Instant deliveredAt, Instant readAt, Instant acknowledgedAt, Instant stopSaleLiftedAt,
        java.util.List<HistoryEntry> history) {

    static NoticeView of(RectificationTask task) {
        Notice notice = task.orderNotice();
        boolean sample = task.source().type() == TaskSource.Type.SAMPLE_FAILED;
        return new NoticeView(task.id(), sample ? task.source().id() : null,
                new TaskView.SourceView(task.source().type(), task.source().id()), ProductView.of(task.product()),
                task.order().orderedAt(), task.order().correctionDeadline(), task.order().recheckDue(),
                task.order().stopSaleRequired(), task.status(), notice.issuedAt(), notice.deliveredAt(), notice.readAt(),
                notice.acknowledgedAt(), task.stopSaleLiftedAt(), HistoryEntry.of(task));
    }
}
