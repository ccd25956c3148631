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
     * Final FAILs, refused samplings, overdue rectifications, substantiated reports, the outcomes of complaint mediations, ordered
     * recalls, missed recall deadlines, completed voluntary recalls and failed re-checks (their public notice) become credit records (one per event).
     */
    @Bean
    EventSubscriber creditRecordsFromEvents(CreditRecording recording) {
        return events -> events
                .onEvent(EventCatalog.SAMPLE_FINALIZED, recording::sampleFinalized)
                .onEvent(EventCatalog.SAMPLING_REFUSED, recording::samplingRefused)
                .onEvent(EventCatalog.RECTIFICATION_TASK_OVERDUE, recording::taskOverdue)
                .onEvent(EventCatalog.COMPLAINT_REPORT_DECIDED, recording::reportDecided)
                .onEvent(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, recording::mediationConcluded)
                .onEvent(EventCatalog.RECALL_INITIATED, recording::recallInitiated)
                .onEvent(EventCatalog.RECALL_OVERDUE, recording::recallOverdue)
                .onEvent(EventCatalog.RECALL_COMPLETED, recording::recallCompleted)
                .onEvent(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, recording::recheckFailed);
    }
}
