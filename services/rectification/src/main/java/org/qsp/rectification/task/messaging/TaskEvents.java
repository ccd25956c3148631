package org.qsp.rectification.task.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.rectification.task.TaskService;

/** What opens rectification tasks: one line per event type; a passed sample needs nothing here. */
@Configuration(proxyBeanMethods = false)
class TaskEvents {

    /** A failed sample opens its rectification task (once, however often it is delivered). */
    @Bean
    EventSubscriber failedSamplesOpenTasks(TaskService tasks) {
        return events -> events.on(EventCatalog.SAMPLE_FAILED, tasks::openFor);
    }

    /** A substantiated report whose violation needs correction opens its task (once). */
    @Bean
    EventSubscriber substantiatedReportsOpenTasks(TaskService tasks) {
        return events -> events.on(EventCatalog.COMPLAINT_REPORT_DECIDED, tasks::openFor);
    }

    /** A recall the regulator ordered opens its task (once). */
    @Bean
    EventSubscriber orderedRecallsOpenTasks(TaskService tasks) {
        return events -> events.on(EventCatalog.RECALL_INITIATED, tasks::openFor);
    }
}
