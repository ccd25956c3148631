package org.qsp.rectification.task.web;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

/** A rectification notice as its enterprise sees it. */
public record NoticeView(String taskId, String sampleId, ProductView product, Instant orderedAt,
        LocalDate correctionDeadline, LocalDate recheckDue, boolean stopSaleRequired, TaskStatus status,
        Instant issuedAt, Instant acknowledgedAt) {

    static NoticeView of(RectificationTask task) {
        Notice notice = task.orderNotice();
        return new NoticeView(task.id(), task.source().id(), ProductView.of(task.product()),
                task.order().orderedAt(), task.order().correctionDeadline(), task.order().recheckDue(),
                task.order().stopSaleRequired(), task.status(), notice.issuedAt(), notice.acknowledgedAt());
    }
}
