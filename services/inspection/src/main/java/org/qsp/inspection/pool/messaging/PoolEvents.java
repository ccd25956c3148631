package org.qsp.inspection.pool.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.inspection.pool.PoolService;
import org.qsp.platform.events.EventSubscriber;

/** Credit's registry and class changes keep the draw's enterprise pool. */
@Configuration(proxyBeanMethods = false)
class PoolEvents {

    @Bean
    EventSubscriber registryFeedsThePool(PoolService pool) {
        return events -> events
                .on(EventCatalog.CREDIT_ENTERPRISE_REGISTERED, pool::registered)
                .on(EventCatalog.CREDIT_ENTERPRISE_UPDATED, pool::updated)
                .on(EventCatalog.CREDIT_CLASS_CHANGED, pool::classChanged);
    }
}
