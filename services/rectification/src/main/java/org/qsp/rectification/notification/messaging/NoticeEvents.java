package org.qsp.rectification.notification.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.rectification.notification.NotificationService;

/**
 * Notices are delivered from the outbox: the service consumes its own {@code rectification.task.opened} (published by
 * the relay after the task was saved) and turns it into pending deliveries, never inside the request that opened it.
 */
@Configuration(proxyBeanMethods = false)
class NoticeEvents {

    @Bean
    EventSubscriber issuedNoticesBecomeDeliveries(NotificationService notifications) {
        return events -> events.onEvent(EventCatalog.RECTIFICATION_TASK_OPENED, notifications::noticeIssued);
    }
}
