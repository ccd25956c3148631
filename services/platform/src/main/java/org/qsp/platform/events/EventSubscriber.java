package org.qsp.platform.events;

/**
 * A service's Kafka adapter: it names the event types it handles and the use case each one calls,
 * one line per type. The platform consumes, decodes, checks schemas, dead-letters invalid events,
 * retries transient faults and skips (and counts) types it does not handle.
 *
 * <pre>{@code
 * @Configuration(proxyBeanMethods = false)
 * class TaskEvents {                                   // the feature's messaging package
 *     @Bean
 *     EventSubscriber failedSamplesOpenTasks(TaskService tasks) {
 *         return events -> events.on(EventCatalog.SAMPLE_FAILED, tasks::openFor);
 *     }
 * }
 * }</pre>
 * A component implementing the interface works the same way.
 */
@FunctionalInterface
public interface EventSubscriber {

    void subscribe(EventHandlers events);
}
