package org.qsp.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a QSP service on a free loopback port: records each request and answers with a canned response.
 */
final class StubService {

    record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }
    }

    record Answer(int status, String contentType, String body, Duration delay) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Duration.ZERO);
        }

        Answer after(Duration delay) {
            return new Answer(status, contentType, body, delay);
        }
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile Answer answer = Answer.json(200, "{}");
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private StubService(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    }

    static StubService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubService stub = new StubService(server);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void reset(Answer answer) {
        this.answer = answer;
        received.clear();
    }

    /** From now on every answer waits until {@link #releaseAnswers()} (or the stub stops), like a service that is stuck. */
    void holdAnswers() {
        gate = new CountDownLatch(1);
    }

    void releaseAnswers() {
        gate.countDown();
    }

    /** How many requests arrived since the last reset and were not taken by {@link #nextRequest()}. */
    int receivedCount() {
        return received.size();
    }

    Received nextRequest() throws InterruptedException {
        Received request = received.poll(5, TimeUnit.SECONDS);
        if (request == null) throw new AssertionError("the stub service received no request");
        return request;
    }

    void stop() {
        stopped.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(), headers, body));

            Answer current = answer;
            awaitGate();
            holdFor(current.delay());
            byte[] bytes = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", current.contentType());
            exchange.sendResponseHeaders(current.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
        }
    }

    private void awaitGate() {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("answers held for 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Holds the answer back for the delay, or until the stub stops, like a service that hangs. */
    private void holdFor(Duration delay) {
        try {
            stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
