package org.qsp.system.edge;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether an answer is one of QSP's refusals: a 4xx with an RFC 9457 body of type {@code application/problem+json}
 * whose {@code code} is stable (lower-case words with hyphens), whose {@code type} names that code and whose
 * {@code status} is the answer's.
 */
public final class Problem {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Problem() {
    }

    /** The answer's problem code, or null when it has none. */
    public static String code(RawResponse response) {
        JsonNode body = json(response);
        return body == null ? null : body.path("code").asString(null);
    }

    /** What is wrong with the answer as a refusal of a malformed request, or null when it is a proper one. */
    public static String defect(RawResponse response) {
        if (response.status() < 0) {
            return "no answer (" + response.failure() + ")";
        }
        if (response.status() < 400 || response.status() >= 500) {
            return "status " + response.status();
        }
        return shapeDefect(response);
    }

    /**
     * Whether the answer of an operation that answers per item (a phone's batch) refused every item: a 200 whose
     * {@code items} each have the status INVALID and errors that each have a stable code.
     */
    public static boolean refusedEveryItem(RawResponse response) {
        if (response.status() != 200) {
            return false;
        }
        JsonNode items = json(response) == null ? null : json(response).path("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            return false;
        }
        return items.valueStream().allMatch(item -> item.path("status").asString("").equals("INVALID")
                && item.path("errors").isArray() && !item.path("errors").isEmpty()
                && item.path("errors").valueStream().allMatch(e -> CODE.matcher(e.path("code").asString("")).matches()));
    }

    /** What is wrong with the answer's problem body, or null when it is a proper problem for its status. */
    public static String shapeDefect(RawResponse response) {
        if (!response.contentType().startsWith("application/problem+json")) {
            return "Content-Type '" + response.contentType() + "'";
        }
        JsonNode body = json(response);
        if (body == null || !body.isObject()) {
            return "a body that is not a JSON object";
        }
        String code = body.path("code").asString("");
        if (!CODE.matcher(code).matches()) {
            return "code '" + code + "'";
        }
        if (!body.path("type").asString("").equals("urn:qsp:problem:" + code)) {
            return "type '" + body.path("type").asString("") + "' for code " + code;
        }
        if (body.path("status").asInt(-1) != response.status()) {
            return "status member " + body.path("status") + " in a " + response.status();
        }
        return null;
    }

    /** The answer's body as JSON, or null when it is none. */
    public static JsonNode json(RawResponse response) {
        try {
            return response.body().length == 0 ? null : JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
