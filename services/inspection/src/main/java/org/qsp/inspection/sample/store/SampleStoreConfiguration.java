package org.qsp.inspection.sample.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.inspection.sample.Samples;
import org.qsp.platform.outbox.OutboxCollection;

@Configuration(proxyBeanMethods = false)
class SampleStoreConfiguration {

    /** The relay sweeps the samples' outboxes. */
    @Bean
    OutboxCollection samplesOutbox() {
        return new OutboxCollection(Samples.COLLECTION);
    }
}
