package org.qsp.rectification.notification.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.schedule.Periodic;
import org.qsp.rectification.notification.DeliveryWorker;
import org.qsp.rectification.notification.NotificationProperties;

/**
 * Runs the delivery worker every {@code qsp.rectification.notification.poll-interval} (what is due after a back-off,
 * and what a crash left behind), and at once when a new notice or redelivery is stored ({@link WakeUps}).
 */
@Configuration(proxyBeanMethods = false)
class DeliverySchedule {

    @Bean
    Periodic deliveriesEveryPoll(DeliveryWorker worker, NotificationProperties properties) {
        return Periodic.every(properties.pollInterval(), "notice delivery", worker::runOnce);
    }

    @Bean
    WakeUps deliveryWakeUps(DeliveryWorker worker) {
        return new WakeUps(worker);
    }
}
