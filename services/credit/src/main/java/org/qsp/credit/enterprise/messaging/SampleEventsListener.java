package org.qsp.credit.enterprise.messaging;

import org.springframework.stereotype.Component;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.events.EventHandlers;
import org.qsp.platform.events.EventSubscriber;

/** Failed samples become credit records; passed samples say nothing about credit. */
@Component
class SampleEventsListener implements EventSubscriber {

    private final CreditRecording recording;

    SampleEventsListener(CreditRecording recording) {
        this.recording = recording;
    }

    @Override
    public void subscribe(EventHandlers events) {
        events.onEvent(EventCatalog.SAMPLE_FAILED, recording::sampleFailed);
    }
}
