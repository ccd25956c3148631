package org.qsp.complaint.cluster.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.complaint.cluster.ClusterDetection;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.events.EventSubscriber;

/** The service reads its own received cases to count them towards clusters (at least once, counted once). */
@Configuration(proxyBeanMethods = false)
class ClusterEvents {

    @Bean
    EventSubscriber receivedCasesCountTowardsClusters(ClusterDetection detection) {
        return events -> events.on(EventCatalog.COMPLAINT_CASE_RECEIVED, detection::count);
    }
}
