package org.qsp.system.edge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A valid request of one operation, which the fuzz suite breaks in one place at a time and the authorization matrix
 * sends as different callers: who sends it, its path, query and header values and its body. {@link #FRESH} in a
 * value stands for a new UUID in each request made from it (a new sample id, a new Idempotency-Key).
 *
 * @param user           the demo user who may send it
 * @param path           the value of each path parameter
 * @param query          query parameters, in order
 * @param headers        header parameters (e.g. {@code Idempotency-Key})
 * @param body           the body, or null for an operation that takes none; it holds every property of the
 *                       operation's schema but those in {@code absent}, so that each is fuzzed
 * @param binary         the body of an operation that takes bytes of another type than JSON (a photo), or null
 * @param accepted       the status the request gets as it is (2xx), or the 4xx it gets because the thing it acts on
 *                       does not exist (a replay of a dead letter that is not there)
 * @param absent         body properties the base leaves out, each with the reason (they cannot be valid together with
 *                       the others)
 * @param domainHostile  values that break a domain rule of the operation, by body path ({@code sampledAt}, {@code
 *                       inspectorIds[1]}): raw JSON
 */
public record BaseRequest(String user, Map<String, String> path, Map<String, String> query,
        Map<String, String> headers, JsonNode body, Binary binary, int accepted, Map<String, String> absent,
        Map<String, List<String>> domainHostile) {

    /** A body that is not JSON: its type and its bytes. */
    public record Binary(String contentType, byte[] bytes) {
    }

    public static final String FRESH = "{fresh}";

    public BaseRequest {
        path = new LinkedHashMap<>(path);
        query = new LinkedHashMap<>(query);
        headers = new LinkedHashMap<>(headers);
        absent = Map.copyOf(absent);
        domainHostile = Map.copyOf(domainHostile);
    }

    public static BaseRequest of(String user, int accepted) {
        return new BaseRequest(user, Map.of(), Map.of(), Map.of(), null, null, accepted, Map.of(), Map.of());
    }

    public BaseRequest path(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(path);
        more.put(name, value);
        return new BaseRequest(user, more, query, headers, body, binary, accepted, absent, domainHostile);
    }

    public BaseRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new BaseRequest(user, path, query, more, body, binary, accepted, absent, domainHostile);
    }

    public BaseRequest body(JsonNode json) {
        return new BaseRequest(user, path, query, headers, json, binary, accepted, absent, domainHostile);
    }

    /** A body of another type than JSON (a photo): the fuzz breaks its type and its bytes, not fields. */
    public BaseRequest binary(String contentType, byte[] bytes) {
        return new BaseRequest(user, path, query, headers, null, new Binary(contentType, bytes), accepted, absent,
                domainHostile);
    }

    public BaseRequest absent(String property, String why) {
        Map<String, String> more = new LinkedHashMap<>(absent);
        more.put(property, why);
        return new BaseRequest(user, path, query, headers, body, binary, accepted, more, domainHostile);
    }

    /** Values of {@code field} (a body path) that break a rule of the domain, each as raw JSON. */
    public BaseRequest domainHostile(String field, String... rawValues) {
        Map<String, List<String>> more = new LinkedHashMap<>(domainHostile);
        more.put(field, List.of(rawValues));
        return new BaseRequest(user, path, query, headers, body, binary, accepted, absent, more);
    }

    /** The value with {@link #FRESH} replaced by a new UUID. */
    static String fresh(String value) {
        return value.contains(FRESH) ? value.replace(FRESH, UUID.randomUUID().toString()) : value;
    }
}
