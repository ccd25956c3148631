package org.qsp.platform.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.qsp.contracts.EventSchemas;
import org.qsp.contracts.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns payload records into schema-valid JSON and Kafka records back into typed events.
 * Everything that crosses a service boundary goes through here, so that no service can produce
 * or accept an event its contract does not allow.
 */
public class EventCodec {

    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    /** The payload as JSON, after checking it against its schema (a violation is a bug: it throws). */
    public <T> String encode(EventType<T> type, T payload) {
        if (!type.payloadClass().isInstance(payload)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.payloadClass().getSimpleName());
        }
        JsonNode node = json.valueToTree(payload);
        EventSchemas.requireValid(type, node);
        return json.writeValueAsString(node);
    }

    /**
     * The {@code ce_type} of a record of a QSP topic, after checking that it is a CloudEvents 1.0
     * record. Throws {@link InvalidEvent} for anything that is not.
     */
    public String typeOf(ConsumerRecord<String, String> record) {
        String specversion = CloudEventHeaders.text(record.headers(), CloudEventHeaders.SPECVERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specversion)) {
            throw new InvalidEvent("not a CloudEvents 1.0 record (ce_specversion=" + specversion + ") at "
                    + where(record));
        }
        return required(record.headers(), CloudEventHeaders.TYPE, record);
    }

    /** Decodes a record known to be of {@code type}: headers, JSON, schema, record. */
    public <T> IncomingEvent<T> decode(ConsumerRecord<String, String> record, EventType<T> type) {
        Headers headers = record.headers();
        String id = required(headers, CloudEventHeaders.ID, record);
        String source = required(headers, CloudEventHeaders.SOURCE, record);
        Instant time = parseTime(required(headers, CloudEventHeaders.TIME, record), record);
        if (record.value() == null || record.value().isBlank()) {
            throw new InvalidEvent(type.type() + " without a payload at " + where(record));
        }
        JsonNode node;
        try {
            node = json.readTree(record.value());
        } catch (JacksonException e) {
            throw new InvalidEvent(type.type() + " payload is not JSON at " + where(record), e);
        }
        List<String> violations = EventSchemas.violations(type, node);
        if (!violations.isEmpty()) {
            throw new InvalidEvent(type.type() + " payload violates its schema at " + where(record) + ": "
                    + String.join("; ", violations));
        }
        try {
            T payload = json.treeToValue(node, type.payloadClass());
            return new IncomingEvent<>(id, source, type, CloudEventHeaders.text(headers, CloudEventHeaders.SUBJECT), time,
                    record.key(), payload);
        } catch (JacksonException e) {
            throw new InvalidEvent(type.type() + " payload does not map to its record at " + where(record), e);
        }
    }

    private static Instant parseTime(String value, ConsumerRecord<?, ?> record) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEvent("ce_time is not an RFC 3339 timestamp at " + where(record), e);
        }
    }

    private static String required(Headers headers, String name, ConsumerRecord<?, ?> record) {
        String value = CloudEventHeaders.text(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEvent("missing header " + name + " at " + where(record));
        }
        return value;
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
