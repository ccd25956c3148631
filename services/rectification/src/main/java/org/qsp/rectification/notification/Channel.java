package org.qsp.rectification.notification;

/** How a subscription receives notices. */
public enum Channel {
    /** An HTTPS POST signed by the Standard Webhooks scheme. */
    WEBHOOK,
    /** An email through SMTP, to an address confirmed by a link. */
    EMAIL
}
