package org.qsp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * A viewer of the monitor's live stream, as a browser's EventSource reads it: one HTTP request whose body is read
 * line by line as it arrives, parsed into Server-Sent Events (id, event, data) and comment lines.
 */
final class MonitorStream implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One event of the stream: its id, its name and its data as JSON. */
    record Event(String id, String name, JsonNode data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private final int status;
    private final String contentType;
    private final Stream<String> lines;
    private final Thread reader;

    private MonitorStream(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.lines = response.body();
        this.reader = Thread.ofVirtual().name("sse-test-reader").start(this::read);
    }

    /** Opens the stream at {@code uri} with the token and, when not null, a {@code Last-Event-ID}. */
    static MonitorStream open(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new MonitorStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    int heartbeats() {
        return heartbeats.get();
    }

    /** The first event of the stream that matches, waiting for it at most {@code atMost}. */
    Event await(String what, Duration atMost, Predicate<Event> matching) {
        return Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> events.stream().filter(matching).findFirst().orElse(null), e -> e != null);
    }

    static Predicate<Event> ofType(String type, String subject) {
        return e -> "qsp".equals(e.name()) && type.equals(e.data().path("type").asString())
                && e.data().path("subjects").valueStream().anyMatch(s -> subject.equals(s.asString()));
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name == null ? "message" : name, Api.JSON.readTree(data.toString())));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    if (line.contains("heartbeat")) {
                        heartbeats.incrementAndGet();
                    }
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (UncheckedIOException closed) {
            // the stream was closed (by close() or by the server)
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
