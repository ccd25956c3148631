package org.qsp.rectification.notification;

/** A webhook is ACTIVE at once; an email address only after its owner followed the confirmation link. */
public enum SubscriptionStatus {
    PENDING_CONFIRMATION,
    ACTIVE,
    /** Deleted by its owner: its secrets are gone, it receives nothing and is not found any more. */
    DELETED
}
