package org.qsp.monitor.event.messaging;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;
import org.qsp.monitor.event.EventIntake;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.platform.events.EventHandlers;
import org.qsp.platform.events.EventSubscriber;

/**
 * Every type of the event catalog, on every topic, goes to the monitor's intake: a type added to the catalog is
 * projected without a change here. The trace id is the listener's (the platform continues the producer's trace).
 */
@Configuration(proxyBeanMethods = false)
class EveryEvent {

    @Bean
    EventSubscriber everyCataloguedEvent(EventIntake intake, ObjectProvider<Tracer> tracer) {
        return events -> EventCatalog.ALL.forEach(type -> handle(events, type, intake, tracer));
    }

    private static <T> void handle(EventHandlers events, EventType<T> type, EventIntake intake,
            ObjectProvider<Tracer> tracer) {
        events.onEvent(type, event -> intake.observe(ObservedEvent.of(event, traceId(tracer))));
    }

    private static String traceId(ObjectProvider<Tracer> tracer) {
        Tracer t = tracer.getIfAvailable();
        if (t == null || t.currentSpan() == null) {
            return null;
        }
        return t.currentSpan().context().traceId();
    }
}
