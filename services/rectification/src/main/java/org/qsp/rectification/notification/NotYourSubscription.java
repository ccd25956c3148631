package org.qsp.rectification.notification;

import org.qsp.platform.errors.NotFound;

/** Another enterprise's subscription, a delivery of it, or none at all: the same 404 (existence does not leak). */
public class NotYourSubscription extends NotFound {

    public NotYourSubscription(String what, String id) {
        super(what, id);
    }
}
