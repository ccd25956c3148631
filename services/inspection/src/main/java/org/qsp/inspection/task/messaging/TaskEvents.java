package org.qsp.inspection.task.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.inspection.task.TaskService;
import org.qsp.platform.events.EventSubscriber;

/** Complaint clusters open targeted tasks; re-check requests open re-check tasks (once each). */
@Configuration(proxyBeanMethods = false)
class TaskEvents {

    @Bean
    EventSubscriber clustersAndRechecksOpenTasks(TaskService tasks) {
        return events -> events
                .on(EventCatalog.COMPLAINT_CLUSTER_DETECTED, tasks::openFor)
                .on(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, tasks::openFor);
    }
}
