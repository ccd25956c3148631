package org.qsp.recall.lead.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.recall.lead.DefectLead;

@Configuration(proxyBeanMethods = false)
class LeadStore {

    @Bean
    AggregateStore<DefectLead> leads(AggregateStores stores) {
        return stores.of(DefectLead.class, DefectLead.DESCRIPTION);
    }
}
