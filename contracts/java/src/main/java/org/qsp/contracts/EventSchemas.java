package org.qsp.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/** Validates event payloads against the JSON Schemas in {@code contracts/schemas}. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);

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
