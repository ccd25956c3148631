package org.qsp.recall.recalls.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.recall.recalls.Recall;

@Configuration(proxyBeanMethods = false)
class RecallStore {

    @Bean
    AggregateStore<Recall> recalls(AggregateStores stores) {
        return stores.of(Recall.class, Recall.DESCRIPTION);
    }
}
