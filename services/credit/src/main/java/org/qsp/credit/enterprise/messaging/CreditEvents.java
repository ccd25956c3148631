package org.qsp.credit.enterprise.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.events.EventSubscriber;

/** What credit consumes: one line per event type; every other type says nothing about credit. */
@Configuration(proxyBeanMethods = false)
class CreditEvents {

    /** Failed samples and overdue rectifications become credit records (one per event). */
    @Bean
    EventSubscriber creditRecordsFromEvents(CreditRecording recording) {
        return events -> events
                .onEvent(EventCatalog.SAMPLE_FAILED, recording::sampleFailed)
                .onEvent(EventCatalog.RECTIFICATION_TASK_OVERDUE, recording::taskOverdue);
    }
}
