package org.qsp.credit.enterprise.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

/** The write path of enterprises: state and class-change events in one document write. */
@Configuration(proxyBeanMethods = false)
class EnterpriseStore {

    @Bean
    AggregateStore<Enterprise> enterprises(AggregateStores stores) {
        return stores.of(Enterprise.class, "enterprise");
    }
}
