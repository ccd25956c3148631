package org.qsp.credit.enterprise.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.platform.outbox.OutboxCollection;

/** Enterprise documents carry their pending class-change events; the relay sweeps them. */
@Configuration(proxyBeanMethods = false)
class EnterpriseOutbox {

    @Bean
    OutboxCollection enterprisesOutbox() {
        return new OutboxCollection(CreditRecording.COLLECTION);
    }
}
