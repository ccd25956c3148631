package org.qsp.platform.test;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.qsp.contracts.EventType;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.outbox.CloudEventRecords;
import org.qsp.platform.outbox.OutboxEvent;
import tools.jackson.databind.json.JsonMapper;

/** Schema-valid CloudEvents records as another service would publish them, for consumer tests. */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec(JsonMapper.builder().build());

    private TestEvents() {
    }

    public static <T> ProducerRecord<String, String> record(EventType<T> type, String key, T payload) {
        return record(type, key, payload, UUID.randomUUID().toString());
    }

    /** The same {@code eventId} twice is the same event delivered twice. */
    public static <T> ProducerRecord<String, String> record(EventType<T> type, String key, T payload,
            String eventId) {
        return CloudEventRecords.toRecord(new OutboxEvent(eventId, type.type(), type.topic().name(), key,
                type.source(), key, type.dataschema(), Instant.now(), CODEC.encode(type, payload), null));
    }
}
