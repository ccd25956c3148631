package org.qsp.platform.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document until the relay has published it.
 * It holds the finished CloudEvent: publishing twice sends the same {@code id} twice.
 */
public record OutboxEvent(String eventId, String type, String topic, String key, String source, String subject,
        String dataschema, Instant time, String payload, String traceparent) {
}
