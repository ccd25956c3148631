package org.qsp.recall.investigation.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.recall.investigation.Investigation;

@Configuration(proxyBeanMethods = false)
class InvestigationStore {

    @Bean
    AggregateStore<Investigation> investigations(AggregateStores stores) {
        return stores.of(Investigation.class, Investigation.DESCRIPTION);
    }
}
