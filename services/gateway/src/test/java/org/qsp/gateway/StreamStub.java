package org.qsp.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the monitor on a free loopback port: {@code /api/monitor/v1/stream} is an event stream that sends
 * a heartbeat every 100 ms until its client goes away; every other path answers {@code {"ok":true}} at once.
 */
final class StreamStub {

    private final HttpServer server;
    private final AtomicInteger openStreams = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private StreamStub(HttpServer server) {
        this.server = server;
        server.createContext("/api/monitor/v1/stream", this::stream);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    }

    static StreamStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StreamStub stub = new StreamStub(server);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Streams whose client (the gateway) has not gone away yet. */
    int openStreams() {
        return openStreams.get();
    }

    void stop() {
        stopped.countDown();
        server.stop(0);
    }

    private void stream(HttpExchange exchange) throws IOException {
        openStreams.incrementAndGet();
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            while (!stopped.await(100, TimeUnit.MILLISECONDS)) {
                body.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException e) {
            // the client went away: the stream ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            openStreams.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
