package org.qsp.rectification.task;

import java.time.Instant;

/**
 * A notice sent to the enterprise about its task and its history (DOMAIN.md §4): issued, delivered (a subscription's
 * receiver first accepted it), read (the enterprise first opened it), acknowledged. Each time is the first one.
 */
public record Notice(Kind kind, Instant issuedAt, Instant acknowledgedAt, Instant deliveredAt, Instant readAt) {

    public enum Kind {
        /** 责令整改通知: the order to stop selling the product and correct within the deadline. */
        RECTIFICATION_ORDER
    }

    public static Notice issued(Kind kind, Instant at) {
        return new Notice(kind, at, null, null, null);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Notice acknowledged(Instant at) {
        return new Notice(kind, issuedAt, at, deliveredAt, readAt);
    }

    /** Delivered at {@code at} unless already delivered earlier. */
    public Notice delivered(Instant at) {
        return deliveredAt != null ? this : new Notice(kind, issuedAt, acknowledgedAt, at, readAt);
    }

    /** Read at {@code at} unless already read earlier. */
    public Notice read(Instant at) {
        return readAt != null ? this : new Notice(kind, issuedAt, acknowledgedAt, deliveredAt, at);
    }
}
