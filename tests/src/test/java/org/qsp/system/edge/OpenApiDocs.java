package org.qsp.system.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations that services publish in their OpenAPI documents ({@code /api/<service>/v3/api-docs}): what the
 * edge suites are generated from, so that a new service or operation is covered as soon as it is documented.
 */
public final class OpenApiDocs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_REF_DEPTH = 64;

    private OpenApiDocs() {
    }

    /** Every operation of every service, {@code services} mapping a name to its base URI. */
    public static List<ApiOperation> of(Map<String, URI> services) {
        List<ApiOperation> all = new ArrayList<>();
        services.forEach((name, base) -> all.addAll(parse(name, fetch(base.resolve("/api/" + name + "/v3/api-docs")))));
        all.sort(Comparator.comparing(ApiOperation::service).thenComparing(ApiOperation::path)
                .thenComparing(ApiOperation::method));
        return List.copyOf(all);
    }

    static List<ApiOperation> parse(String service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                List<ApiOperation.Parameter> parameters = new ArrayList<>();
                for (JsonNode p : operation.path("parameters")) {
                    parameters.add(new ApiOperation.Parameter(p.path("name").asString(), p.path("in").asString(),
                            p.path("required").asBoolean(false), resolve(p.path("schema"), schemas, 0)));
                }
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode body = content.isMissingNode() || content.isEmpty() ? null
                        : resolve(content.properties().iterator().next().getValue().path("schema"), schemas, 0);
                List<String> produces = new ArrayList<>();
                operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                        .forEach(r -> r.getValue().path("content").propertyNames().forEach(produces::add));
                operations.add(new ApiOperation(service, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asString(), List.copyOf(parameters), body,
                        List.copyOf(produces)));
            }
        }
        return operations;
    }

    /** The schema with every {@code $ref} replaced by the component it names (recursively, up to a depth). */
    static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (depth > MAX_REF_DEPTH) {
            throw new IllegalStateException("schemas nest deeper than " + MAX_REF_DEPTH);
        }
        if (schema.isObject() && schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            JsonNode target = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("unresolved " + ref);
            }
            return resolve(target, schemas, depth + 1);
        }
        if (schema.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            schema.properties().forEach(e -> copy.set(e.getKey(), resolve(e.getValue(), schemas, depth + 1)));
            return copy;
        }
        if (schema.isArray()) {
            var copy = JSON.createArrayNode();
            schema.forEach(item -> copy.add(resolve(item, schemas, depth + 1)));
            return copy;
        }
        return schema;
    }

    private static JsonNode fetch(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
