package org.qsp.rectification.notification;

/** Asks the delivery worker to run soon (a new notice is waiting); the periodic poll is the durable fallback. */
@FunctionalInterface
public interface DeliveryTrigger {

    void soon();
}
