package org.qsp.inspection.sample.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SamplingAttempt;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

@Configuration(proxyBeanMethods = false)
class SampleStoreConfiguration {

    /** The one write path of samples (the relay finds their collection from the mapping). */
    @Bean
    AggregateStore<Sample> samples(AggregateStores stores) {
        return stores.of(Sample.class, "sample");
    }

    /** The write path of visits that took no sample (cannot sample, refusal). */
    @Bean
    AggregateStore<SamplingAttempt> samplingAttempts(AggregateStores stores) {
        return stores.of(SamplingAttempt.class, "sampling attempt");
    }
}
