package org.qsp.rectification.notification.web;

import java.time.Instant;
import java.util.List;

import org.qsp.rectification.notification.Attempt;
import org.qsp.rectification.notification.Channel;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.DeliveryStatus;
import org.qsp.rectification.notification.NoticeKind;

/** A delivery in the log: what was sent, how it stands, every attempt with its response code or error. */
record DeliveryView(String id, String subscriptionId, Channel channel, String noticeId, NoticeKind kind,
        String taskId, String uscc, DeliveryStatus status, List<Attempt> attempts, Instant nextAttemptAt,
        Instant deliveredAt, Instant createdAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.subscriptionId(), d.channel(), d.notice().noticeId(), d.notice().kind(),
                d.notice().taskId(), d.owner(), d.status(), d.attempts(), d.nextAttemptAt(), d.deliveredAt(),
                d.createdAt());
    }
}
