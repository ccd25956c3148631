package org.qsp.complaint.cases.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.complaint.cases.CaseErrors;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

@Configuration(proxyBeanMethods = false)
class CaseStore {

    @Bean
    AggregateStore<ComplaintCase> cases(AggregateStores stores) {
        return stores.of(ComplaintCase.class, CaseErrors.DESCRIPTION);
    }
}
