package org.qsp.rectification.notification;

/** The kinds of notice a subscription may ask for. */
public enum NoticeKind {
    /** 责令整改通知: a rectification task was ordered (raised as {@code rectification.task.opened}). */
    RECTIFICATION_ORDER
}
