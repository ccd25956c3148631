package org.qsp.rectification.notification;

import org.qsp.platform.errors.DomainException;

/** Only a webhook is signed: an email subscription has no secret to rotate (422). */
public class NoSecret extends DomainException {

    public NoSecret(String subscriptionId) {
        super(Kind.REJECTED, "no-signing-secret", "subscription " + subscriptionId + " is an email address; "
                + "only webhooks have a signing secret");
    }
}
