package org.qsp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A plain HTTP client for the services' JSON APIs, as a phone or a portal would call them. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, JsonNode body, String raw) {
    }

    private Api() {
    }

    static Response get(URI uri, String token) {
        return send(request(uri, token).GET());
    }

    static Response put(URI uri, String token, String json) {
        return send(request(uri, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT with a body of another type than JSON (a photo). */
    static Response put(URI uri, String token, String contentType, byte[] body) {
        return send(request(uri, token).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST with a JSON body, or with none when {@code json} is null (an action such as an acknowledgement). */
    static Response post(URI uri, String token, String json) {
        return json == null ? send(request(uri, token).POST(HttpRequest.BodyPublishers.noBody()))
                : send(request(uri, token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method, with a JSON body (or none when {@code json} is null) and extra headers. */
    static Response send(String method, URI uri, String token, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = request(uri, token);
        headers.forEach(builder::header);
        if (json == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? MissingNode.getInstance() : parse(body);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    node, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }
}
