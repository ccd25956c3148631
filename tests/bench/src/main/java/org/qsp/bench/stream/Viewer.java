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
    private static final Duration CONNECT_WITHIN = Duration.ofMinutes(2);
    private static final long MAX_BACK_OFF = 30_000;

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
    private volatile int refusals;
    private volatile int reconnects;

    Viewer(HttpClient client, URI stream, String token, Predicate<String> published, CountDownLatch connected) {
        this.client = client;
        this.stream = stream;
        this.token = token;
        this.published = published;
        this.connected = connected;
    }

    /**
     * Opens the stream as the console does: a refusal for load (503, 429) is retried after its Retry-After or a
     * back-off of 1 s doubling to 30 s, for up to {@link #CONNECT_WITHIN}; any other answer ends the viewer.
     */
    @Override
    public void run() {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(30)).GET().build();
        long giveUp = System.nanoTime() + CONNECT_WITHIN.toNanos();
        long backOff = 1000;
        try {
            while (true) {
                HttpResponse<InputStream> response;
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                } catch (IOException lost) {
                    // a pooled connection the server closed while this viewer backed off: EventSource reconnects
                    if (System.nanoTime() > giveUp) {
                        throw lost;
                    }
                    reconnects++;
                    Thread.sleep(backOff);
                    backOff = Math.min(backOff * 2, MAX_BACK_OFF);
                    continue;
                }
                int status = response.statusCode();
                if (status == 200) {
                    connected.countDown();
                    read(response.body());
                    return;
                }
                response.body().close();
                if ((status != 503 && status != 429) || System.nanoTime() > giveUp) {
                    failure = "status " + status;
                    return;
                }
                refusals++;
                long wait = response.headers().firstValue("Retry-After").map(Viewer::seconds).orElse(backOff);
                Thread.sleep(Math.min(wait, MAX_BACK_OFF));
                backOff = Math.min(backOff * 2, MAX_BACK_OFF);
            }
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

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.strip()) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
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

    /** How often the stream was refused for load (503, 429) before it opened. */
    int refusals() {
        return refusals;
    }

    /** How often opening the stream failed on the connection (no answer at all) before it opened. */
    int reconnects() {
        return reconnects;
    }

    String failure() {
        return failure;
    }

    String dropped() {
        return dropped;
    }
}
