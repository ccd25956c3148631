package org.qsp.rectification.task;

import java.time.Instant;

/** A notice sent to the enterprise about its task, and when the enterprise acknowledged it. */
public record Notice(Kind kind, Instant issuedAt, Instant acknowledgedAt) {

    public enum Kind {
        /** 责令整改通知: the order to stop selling the product and correct within the deadline. */
        RECTIFICATION_ORDER
    }

    public static Notice issued(Kind kind, Instant at) {
        return new Notice(kind, at, null);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Notice acknowledged(Instant at) {
        return new Notice(kind, issuedAt, at);
    }
}
