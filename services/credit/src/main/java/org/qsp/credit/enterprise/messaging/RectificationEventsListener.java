package org.qsp.credit.enterprise.messaging;

import org.springframework.stereotype.Component;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.events.EventHandlers;
import org.qsp.platform.events.EventSubscriber;

/** Overdue rectifications become credit records; opened and acknowledged tasks do not. */
@Component
class RectificationEventsListener implements EventSubscriber {

    private final CreditRecording recording;

    RectificationEventsListener(CreditRecording recording) {
        this.recording = recording;
    }

    @Override
    public void subscribe(EventHandlers events) {
        events.onEvent(EventCatalog.RECTIFICATION_TASK_OVERDUE, recording::taskOverdue);
    }
}
