package org.qsp.rectification.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on loopback for the tests: records every request with its Standard Webhooks headers and
 * answers the status codes it was told, in order (the last one from then on).
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body, Instant receivedAt) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();
    private volatile int lastAnswer = 200;

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.start();
    }

    /** A receiver that answers {@code codes} one after the other, then the last one for ever. */
    static WebhookReceiver answering(int... codes) {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.answer(codes);
        return receiver;
    }

    void answer(int... codes) {
        answers.clear();
        for (int code : codes) {
            answers.add(code);
        }
        lastAnswer = codes[codes.length - 1];
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), body, Instant.now()));
        Integer next = answers.size() > 1 ? answers.poll() : answers.peek();
        int code = next == null ? lastAnswer : next;
        exchange.sendResponseHeaders(code, -1);
        exchange.close();
    }

    List<Integer> pending() {
        return new ArrayList<>(answers);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
