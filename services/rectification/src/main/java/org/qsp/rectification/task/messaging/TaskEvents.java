package org.qsp.rectification.task.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.rectification.task.TaskService;

/**
 * What opens rectification tasks: one line per event type. A sample opens its task when its FAIL is final, never on
 * the FAIL itself (the enterprise may still object or have it re-tested).
 */
@Configuration(proxyBeanMethods = false)
class TaskEvents {

    /** A final FAIL opens its rectification task (once, however often it is delivered). */
    @Bean
    EventSubscriber finalFailuresOpenTasks(TaskService tasks) {
        return events -> events.on(EventCatalog.SAMPLE_FINALIZED, tasks::openFor);
    }

    /**
     * Inspection's conclusion of a re-check closes the task, escalates it or suspends it (once per round and sample; a
     * conclusion the task does not await is rejected: dead letters).
     */
    @Bean
    EventSubscriber recheckConclusionsConcludeTasks(TaskService tasks) {
        return events -> events.on(EventCatalog.RECHECK_CONCLUDED, tasks::conclude);
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
