package org.qsp.rectification.notification;

/** PENDING until the receiver accepts (DELIVERED) or the last attempt of the schedule fails (FAILED). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED,
    /** The subscription was deleted before the notice got through: nothing more is sent. */
    CANCELLED
}
