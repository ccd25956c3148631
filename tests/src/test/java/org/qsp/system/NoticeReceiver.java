package org.qsp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on loopback for the system tests: answers 200 after {@code delay} (a slow receiver keeps
 * deliveries in flight), or another status (a receiver that is down answers 500), and records what arrived: the
 * {@code webhook-id}, the notice's task and issue time, and when it was received.
 */
final class NoticeReceiver implements AutoCloseable {

    record Received(String webhookId, String taskId, Instant issuedAt, Instant receivedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Duration delay;
    private final int status;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    /** Answers each delivery {@code delay} after it arrived, without holding a server thread meanwhile. */
    private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);

    NoticeReceiver(Duration delay) {
        this(delay, 200);
    }

    NoticeReceiver(Duration delay, int status) {
        this.delay = delay;
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Receipts by task id. */
    Map<String, List<Received>> byTask() {
        return received.stream().collect(Collectors.groupingBy(Received::taskId));
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode data = JSON.readTree(body).path("data");
        received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), data.path("taskId").asString(),
                Instant.parse(data.path("issuedAt").asString()), at));
        answers.schedule(() -> answer(exchange), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A sender that was killed meanwhile has closed the connection: there is no one left to answer. */
    private void answer(HttpExchange exchange) {
        try (exchange) {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the delivering process is gone; the test counts what arrived, not what was answered
        }
    }

    @Override
    public void close() {
        answers.shutdownNow();
        server.stop(0);
    }
}
