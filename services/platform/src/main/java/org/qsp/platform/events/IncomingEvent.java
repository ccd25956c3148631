package org.qsp.platform.events;

import java.time.Instant;

import org.qsp.contracts.EventType;

/**
 * A decoded, schema-valid event. {@code source} + {@code id} identify it uniquely: a consumer that
 * records an effect per event keys it on {@link #eventKey()}.
 */
public record IncomingEvent<T>(String id, String source, EventType<T> type, String subject, Instant time,
        String key, T payload) {

    public String eventKey() {
        return source + "/" + id;
    }
}
