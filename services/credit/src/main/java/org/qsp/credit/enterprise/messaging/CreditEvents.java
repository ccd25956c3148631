package org.qsp.credit.enterprise.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.events.EventSubscriber;

/** What credit consumes: one line per event type; every other type says nothing about credit. */
@Configuration(proxyBeanMethods = false)
class CreditEvents {

    /**
     * Failed samples, overdue rectifications, substantiated reports and the outcomes of complaint mediations become
     * credit records (one per event).
     */
    @Bean
    EventSubscriber creditRecordsFromEvents(CreditRecording recording) {
        return events -> events
                .onEvent(EventCatalog.SAMPLE_FAILED, recording::sampleFailed)
                .onEvent(EventCatalog.RECTIFICATION_TASK_OVERDUE, recording::taskOverdue)
                .onEvent(EventCatalog.COMPLAINT_REPORT_DECIDED, recording::reportDecided)
                .onEvent(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, recording::mediationConcluded);
    }
}
