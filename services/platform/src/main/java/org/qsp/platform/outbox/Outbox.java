package org.qsp.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import org.qsp.contracts.EventType;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.TraceContext;

/** Makes the outbox entry for a contract event: id, time, schema-checked payload, trace context. */
public class Outbox {

    private final EventCodec codec;
    private final Clock clock;
    private final TraceContext trace;

    public Outbox(EventCodec codec, Clock clock, TraceContext trace) {
        this.codec = codec;
        this.clock = clock;
        this.trace = trace;
    }

    /**
     * @param key the aggregate id: the Kafka key and the CloudEvents subject
     */
    public <T> OutboxEvent event(EventType<T> type, String key, T payload) {
        return new OutboxEvent(UUID.randomUUID().toString(), type.type(), type.topic().name(), key, type.source(),
                key, type.dataschema(), clock.instant(), codec.encode(type, payload),
                trace.currentTraceparent().orElse(null));
    }
}
