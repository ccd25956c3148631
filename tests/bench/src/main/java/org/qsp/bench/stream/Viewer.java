package org.qsp.bench.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One regulator's live stream, read the way the console reads it: a long {@code GET} of {@code text/event-stream}
 * parsed line by line. It keeps, for the events the bench published, when each arrived relative to the event's own
 * time, and whether the server dropped it (and why).
 */
final class Viewer implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final URI stream;
    private final String token;
    private final Predicate<String> published;
    private final CountDownLatch connected;
    private final Set<String> seen = new HashSet<>();
    private long[] millis = new long[256];
    private int deliveries;
    private volatile int count;
    private volatile String failure;
    private volatile String dropped;

    Viewer(HttpClient client, URI stream, String token, Predicate<String> published, CountDownLatch connected) {
        this.client = client;
        this.stream = stream;
        this.token = token;
        this.published = published;
        this.connected = connected;
    }

    @Override
    public void run() {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(30)).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                failure = "status " + response.statusCode();
                connected.countDown();
                response.body().close();
                return;
            }
            connected.countDown();
            read(response.body());
        } catch (IOException | RuntimeException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (failure != null) {
                connected.countDown();
            }
        }
    }

    private void read(InputStream body) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    dispatch(event, data.toString());
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        }
    }

    private void dispatch(String event, String data) {
        if ("dropped".equals(event)) {
            dropped = data;
            return;
        }
        if (data.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        JsonNode entry = JSON.readTree(data);
        String eventId = entry.path("eventId").asString();
        if (!published.test(eventId)) {
            return;
        }
        synchronized (this) {
            if (!seen.add(eventId)) {
                return;
            }
            if (deliveries == millis.length) {
                millis = java.util.Arrays.copyOf(millis, deliveries * 2);
            }
            millis[deliveries++] = now - Instant.parse(entry.path("time").asString()).toEpochMilli();
            count = deliveries;
        }
    }

    int received() {
        return count;
    }

    synchronized long[] latencies() {
        return java.util.Arrays.copyOf(millis, deliveries);
    }

    String failure() {
        return failure;
    }

    String dropped() {
        return dropped;
    }
}
