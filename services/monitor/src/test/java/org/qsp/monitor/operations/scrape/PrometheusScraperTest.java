package org.qsp.monitor.operations.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.operations.OutboxPending;

/**
 * The scrape against real HTTP servers on loopback: one answers the credential with Prometheus text, one never
 * answers, one refuses the credential, one is not listening. Each is reported for what it did, within the deadline.
 */
class PrometheusScraperTest {

    private static final String PASSWORD = "scrape-secret";
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final String METRICS = """
            # HELP qsp_outbox_pending events waiting in the outbox
            # TYPE qsp_outbox_pending gauge
            qsp_outbox_pending{application="inspection",collection="samples",} 7.0
            qsp_outbox_pending{collection="notices",application="inspection",} 2.0
            http_server_requests_seconds_count{uri="/x"} 3
            """;

    private final List<HttpServer> servers = new java.util.ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void reports_each_service_for_what_it_answered_and_a_hanging_one_does_not_delay_the_others() throws Exception {
        URI healthy = serve(exchange -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString(("prometheus:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            if (!exchange.getRequestURI().getPath().equals("/actuator/prometheus")
                    || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 404, "wrong request");
                return;
            }
            answer(exchange, 200, METRICS);
        });
        URI hanging = serve(exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, METRICS);
        });
        URI refusing = serve(exchange -> answer(exchange, 401, "{\"code\":\"unauthorized\"}"));
        URI garbled = serve(exchange -> answer(exchange, 200, "qsp_outbox_pending{collection=\"a\"} lots\n"));
        URI closed = URI.create("http://127.0.0.1:" + freePort());

        Map<String, URI> services = new TreeMap<>(Map.of("inspection", healthy, "credit", hanging,
                "recall", refusing, "complaint", garbled, "rectification", closed));
        PrometheusScraper scraper = new PrometheusScraper(properties(services, PASSWORD));
        try {
            Map<String, OutboxPending> read = byService(scraper.outboxPending());

            assertThat(read).containsOnlyKeys(services.keySet());
            assertThat(read.get("inspection")).satisfies(o -> {
                assertThat(o.reachable()).isTrue();
                assertThat(o.pending()).isEqualTo(Map.of("samples", 7L, "notices", 2L));
                assertThat(o.total()).isEqualTo(9L);
                assertThat(o.error()).isNull();
            });
            // the hanging one is cut off at its deadline (it would answer, readable, once released after the check)
            assertThat(read.get("credit")).satisfies(o -> unreachable(o, "no answer within"));
            assertThat(read.get("recall")).satisfies(o -> unreachable(o, "HTTP 401"));
            assertThat(read.get("complaint")).satisfies(o -> unreachable(o, "unreadable metrics"));
            assertThat(read.get("rectification")).satisfies(o -> unreachable(o, "connection refused"));
        } finally {
            scraper.destroy();
        }
    }

    @Test
    void without_a_scrape_password_every_service_says_so_and_none_reads_as_an_empty_outbox() throws Exception {
        URI guarded = serve(exchange -> answer(exchange,
                exchange.getRequestHeaders().containsKey("Authorization") ? 200 : 401, METRICS));
        PrometheusScraper scraper = new PrometheusScraper(properties(Map.of("inspection", guarded), null));
        try {
            assertThat(scraper.outboxPending()).singleElement().satisfies(o -> unreachable(o, "HTTP 401"));
        } finally {
            scraper.destroy();
        }
    }

    private static void unreachable(OutboxPending o, String reason) {
        assertThat(o.reachable()).isFalse();
        assertThat(o.pending()).isNull();
        assertThat(o.total()).isNull();
        assertThat(o.error()).contains(reason);
    }

    private static Map<String, OutboxPending> byService(List<OutboxPending> list) {
        Map<String, OutboxPending> map = new TreeMap<>();
        list.forEach(o -> map.put(o.service(), o));
        return map;
    }

    private static MonitorProperties properties(Map<String, URI> services, String password) {
        return new MonitorProperties(java.time.ZoneId.of("Asia/Shanghai"), Map.of(),
                new MonitorProperties.Stream(16, 4, Duration.ofSeconds(15), Duration.ofMinutes(30)),
                new MonitorProperties.Kpis(Map.of(), Map.of(), 12),
                new MonitorProperties.Alerts(Map.of(), 20, 1000, Duration.ofSeconds(30)), services,
                new MonitorProperties.Scrape(password, TIMEOUT));
    }

    private URI serve(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
