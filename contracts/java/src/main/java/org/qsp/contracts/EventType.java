package org.qsp.contracts;

/**
 * One version of one event type: its CloudEvents {@code type}, the topic it travels on,
 * the record that carries its payload and the JSON Schema that payload must satisfy.
 */
public record EventType<T>(String type, Topic topic, Class<T> payloadClass, String source) {

    public EventType {
        if (!type.matches("org\\.qsp\\.[a-z]+\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v\\d+")) {
            throw new IllegalArgumentException("event types are org.qsp.<context>.<entity>.<event>.v<N> (event: lowercase words joined by hyphens): " + type);
        }
    }

    /** The {@code ce_dataschema} URI, also the schema's {@code $id}. */
    public String dataschema() {
        return "urn:qsp:schema:" + type;
    }

    /** Classpath location of the JSON Schema (copied from {@code contracts/schemas}). */
    public String schemaResource() {
        return "qsp/contracts/schemas/" + type + ".json";
    }
}
