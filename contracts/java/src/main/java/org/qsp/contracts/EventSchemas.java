package org.qsp.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * Validates event payloads against the JSON Schemas in {@code contracts/schemas}.
 *
 * <p>Draft 2020-12 makes {@code format} an annotation only; here it is an assertion, so that
 * {@code "changedAt": "yesterday"} or {@code "correctionDeadline": "2026-02-30"} is a violation, and an
 * unknown format name (a typo in a schema) fails every value instead of passing silently.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .strict("format", true)
                    .build()));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static List<String> violations(EventType<?> type, JsonNode payload) {
        return schema(type).validate(payload).stream().map(Object::toString).toList();
    }

    public static void requireValid(EventType<?> type, JsonNode payload) {
        List<String> violations = violations(type, payload);
        if (!violations.isEmpty()) {
            throw new ContractViolation(type.type(), violations);
        }
    }

    public static Schema schema(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.type(), t -> load(type));
    }

    /** Compiles a schema given as JSON text with the same settings as the contract schemas. */
    static Schema compile(String schema) {
        return REGISTRY.getSchema(schema);
    }

    private static Schema load(EventType<?> type) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema on the classpath for " + type.type());
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
