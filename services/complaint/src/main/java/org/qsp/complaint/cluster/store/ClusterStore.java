package org.qsp.complaint.cluster.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.complaint.cluster.ClusterTracker;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

@Configuration(proxyBeanMethods = false)
class ClusterStore {

    @Bean
    AggregateStore<ClusterTracker> clusterTrackers(AggregateStores stores) {
        return stores.of(ClusterTracker.class, ClusterTracker.DESCRIPTION);
    }
}
