package org.qsp.monitor.event;

import java.time.Instant;

import org.qsp.platform.events.IncomingEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event as the monitor sees every type, known by name or not: its envelope and its payload as JSON.
 *
 * @param eventKey the CloudEvents source and id: what makes the event unique
 * @param service  the producing service ({@code ce_source} without {@code /qsp/})
 * @param subject  {@code ce_subject}: the id of the aggregate that raised it
 * @param traceId  the W3C trace id it travelled with, null when it had none
 */
public record ObservedEvent(String eventKey, String eventId, String type, Instant time, String service,
        String subject, String traceId, JsonNode payload) {

    public static final String SOURCE_PREFIX = "/qsp/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A decoded event of any catalogued type, its payload as JSON again. */
    public static ObservedEvent of(IncomingEvent<?> event, String traceId) {
        return new ObservedEvent(event.eventKey(), event.id(), event.type().type(), event.time(),
                serviceOf(event.source()), event.subject(), traceId, JSON.valueToTree(event.payload()));
    }

    public static String serviceOf(String source) {
        return source != null && source.startsWith(SOURCE_PREFIX) ? source.substring(SOURCE_PREFIX.length())
                : source;
    }

    /** The trace id of a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].matches("[0-9a-f]{32}") ? parts[1] : null;
    }
}
