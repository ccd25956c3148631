package org.qsp.rectification.notification;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.store.AggregateStore;
import org.qsp.rectification.task.TaskService;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    RetrySchedule retrySchedule(NotificationProperties properties) {
        return new RetrySchedule(properties.retrySchedule(), properties.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Bean
    DeliveryWorker deliveryWorker(Deliveries deliveries, AggregateStore<Delivery> deliveryStore,
            AggregateStore<Subscription> subscriptionStore, Subscriptions subscriptions, NoticeSender sender,
            TaskService tasks, RetrySchedule schedule, NotificationProperties properties, Clock clock) {
        return new DeliveryWorker(deliveries, deliveryStore, subscriptionStore, subscriptions, sender, tasks, schedule,
                properties, clock, Clock.systemUTC());
    }
}
