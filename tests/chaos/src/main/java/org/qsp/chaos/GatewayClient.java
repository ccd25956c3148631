package org.qsp.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's and the lab's side of the gateway: authenticated JSON {@code PUT}s, each answered or timed out
 * within the client timeout. Never throws for what the network or the server does; that is all in the
 * {@link Answer}. The body of a 2xx is not read; a refusal's problem {@code code} is.
 */
final class GatewayClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final Duration timeout;
    private final HttpClient http;

    GatewayClient(URI gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Answer put(String path, String token, String json) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, info -> info.statusCode() / 100 == 2
                    ? HttpResponse.BodySubscribers.replacing("")
                    : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8));
            boolean problem = response.headers().firstValue("Content-Type")
                    .filter(type -> type.startsWith("application/problem+json")).isPresent();
            return Answer.status(response.statusCode(),
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now()),
                    problem ? problemCode(response.body()) : null, millisSince(started));
        } catch (HttpConnectTimeoutException e) {
            return Answer.connectionError(millisSince(started));
        } catch (HttpTimeoutException e) {
            return Answer.timeout(millisSince(started));
        } catch (IOException e) {
            return Answer.connectionError(millisSince(started));
        }
    }

    /** The problem's stable {@code code} (QSP's problem+json carries one), or its {@code title}, or "problem". */
    static String problemCode(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("code").isString() ? problem.path("code").asString()
                    : problem.path("title").isString() ? problem.path("title").asString() : "problem";
        } catch (JacksonException e) {
            return "problem";
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
