package org.qsp.rectification.notification;

import java.time.Instant;

/** Hands one notice to one subscription's receiver (a webhook POST, an SMTP submission); never throws. */
public interface NoticeSender {

    Attempt send(Delivery delivery, Subscription subscription, Instant at);

    /** Sends the link that confirms an email subscription; throws when the SMTP server did not accept it. */
    void sendConfirmation(Subscription subscription);
}
