package org.qsp.system.edge;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, with every {@code $ref} of its request body resolved.
 *
 * @param service    the service that documents it ({@code inspection}, …)
 * @param method     upper case
 * @param path       the path template, e.g. {@code /api/inspection/v1/samples/{sampleId}}
 * @param parameters path, query and header parameters
 * @param body       the request body's schema, or null when the operation takes none
 * @param produces   the media types of its documented 2xx answers ({@code application/json}, {@code
 *                   text/event-stream})
 */
public record ApiOperation(String service, String method, String path, String operationId,
        List<Parameter> parameters, JsonNode body, List<String> produces) {

    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** @param in {@code path}, {@code query} or {@code header} */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {

        public boolean isInteger() {
            return "integer".equals(schema.path("type").asString(""));
        }
    }

    /** How the tables of base requests and access rules name it: {@code PUT /api/inspection/v1/samples/{sampleId}}. */
    public String key() {
        return method + " " + path;
    }

    public boolean isWrite() {
        return WRITES.contains(method);
    }

    /**
     * What a client of it sends as {@code Accept}: an event stream's viewer asks for that alone, as EventSource does;
     * an image's viewer asks for the image types it answers with, or a problem.
     */
    public String accept() {
        if (produces.contains("text/event-stream")) {
            return "text/event-stream";
        }
        List<String> images = produces.stream().filter(type -> type.startsWith("image/")).toList();
        return images.isEmpty() ? "application/json, application/problem+json"
                : String.join(", ", images) + ", application/problem+json";
    }

    public List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    @Override
    public String toString() {
        return key();
    }
}
