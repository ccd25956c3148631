package org.qsp.rectification.notification.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.Subscription;

@Configuration(proxyBeanMethods = false)
class NotificationStore {

    @Bean
    AggregateStore<Subscription> subscriptionStore(AggregateStores stores) {
        return stores.of(Subscription.class, Subscription.DESCRIPTION);
    }

    @Bean
    AggregateStore<Delivery> deliveryStore(AggregateStores stores) {
        return stores.of(Delivery.class, Delivery.DESCRIPTION);
    }
}
