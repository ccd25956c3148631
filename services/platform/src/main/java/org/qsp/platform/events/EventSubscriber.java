package org.qsp.platform.events;

/**
 * A service's Kafka adapter: it names the event types it handles and the use case each one calls,
 * one line per type. The platform consumes, decodes, checks schemas, dead-letters invalid events,
 * retries transient faults and skips (and counts) types it does not handle.
 *
 * <pre>{@code
 * @Component
 * class SampleEventsListener implements EventSubscriber {
 *     public void subscribe(EventHandlers events) {
 *         events.on(EventCatalog.SAMPLE_FAILED, tasks::openFor);
 *     }
 * }
 * }</pre>
 */
public interface EventSubscriber {

    void subscribe(EventHandlers events);
}
