package org.qsp.recall.lead.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.recall.lead.LeadService;

/** Safety-related failed samples and complaint clusters open leads (once each, however often they arrive). */
@Configuration(proxyBeanMethods = false)
class LeadEvents {

    @Bean
    EventSubscriber hazardsOpenLeads(LeadService leads) {
        return events -> events
                .on(EventCatalog.SAMPLE_FAILED, leads::openFor)
                .on(EventCatalog.COMPLAINT_CLUSTER_DETECTED, leads::openFor);
    }
}
