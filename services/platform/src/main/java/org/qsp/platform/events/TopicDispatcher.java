package org.qsp.platform.events;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;

/**
 * Receives every record of one topic for the service's consumer group and hands each event to the
 * handlers of its type. A record that is not a valid CloudEvent, or whose payload breaks its
 * schema, throws {@link InvalidEvent} (the error handler dead-letters it at once). A type this
 * build does not know (a newer producer) and a known type the service does not handle are skipped
 * and counted in {@code qsp.events.skipped}; a handled one is counted in {@code qsp.events.handled}.
 */
public final class TopicDispatcher {

    private static final Logger log = LoggerFactory.getLogger(TopicDispatcher.class);

    private final String topic;
    private final EventCodec codec;
    private final Map<String, Route> routes;
    private final MeterRegistry meters;

    private record Route(EventType<?> type, List<Consumer<IncomingEvent<?>>> handlers) {
    }

    TopicDispatcher(String topic, EventCodec codec, Map<EventType<?>, List<Consumer<IncomingEvent<?>>>> handlers,
            MeterRegistry meters) {
        this.topic = topic;
        this.codec = codec;
        this.routes = handlers.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> e.getKey().type(),
                e -> new Route(e.getKey(), List.copyOf(e.getValue()))));
        this.meters = meters;
    }

    public String topic() {
        return topic;
    }

    /** The listener method of the topic's container. */
    public void onRecord(ConsumerRecord<String, String> record) {
        String type = codec.typeOf(record);
        Route route = routes.get(type);
        if (route == null) {
            boolean known = EventCatalog.byType(type).isPresent();
            meters.counter("qsp.events.skipped", "topic", topic, "type", known ? type : "unknown",
                    "reason", known ? "not-handled" : "unknown-type").increment();
            if (!known) {
                log.info("skipped {} at {}-{}@{}: a type this build does not know", type, record.topic(),
                        record.partition(), record.offset());
            }
            return;
        }
        IncomingEvent<?> event = codec.decode(record, route.type());
        for (Consumer<IncomingEvent<?>> handler : route.handlers()) {
            handler.accept(event);
        }
        meters.counter("qsp.events.handled", "topic", topic, "type", type).increment();
    }
}
