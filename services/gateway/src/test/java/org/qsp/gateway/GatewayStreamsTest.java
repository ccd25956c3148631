package org.qsp.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Streams through the gateway, with room for three open at once, two per caller, a bulkhead of two calls per route
 * and two platform threads for Tomcat: open streams hold neither a request thread nor the connections the monitor's
 * API calls need, one more is refused at once, and a stream its viewer closed frees its place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {GatewayApplication.class,
        TestTokens.class},
        properties = {"QSP_GATEWAY_ROUTE_CONCURRENCY=2", "qsp.gateway.streams.max-open=3",
                "qsp.gateway.streams.per-caller=2", "server.tomcat.threads.max=2", "server.tomcat.threads.min-spare=1"})
class GatewayStreamsTest {

    private static final String STREAM = "/api/monitor/v1/stream";
    private static final StreamStub monitor = StreamStub.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Viewer> viewers = new ArrayList<>();

    @DynamicPropertySource
    static void routesToStub(DynamicPropertyRegistry registry) {
        registry.add("QSP_MONITOR_URI", monitor::uri);
    }

    @AfterEach
    void closeStreams() {
        viewers.forEach(Viewer::close);
        await().until(() -> monitor.openStreams() == 0);
    }

    @AfterAll
    static void stopStub() {
        monitor.stop();
    }

    @Test
    void api_calls_of_the_monitor_answer_at_once_while_as_many_streams_are_open_as_the_gateway_takes()
            throws Exception {
        openStream("regulator1");
        openStream("regulator1");
        openStream("regulator2");
        await().until(() -> monitor.openStreams() == 3);

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> kpis = http.send(get("/api/monitor/v1/kpis", "regulator3")
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(kpis.statusCode()).as(kpis.body()).isEqualTo(200);
            assertThat(kpis.body()).isEqualTo("{\"ok\":true}");
        }
    }

    @Test
    void a_stream_beyond_the_gateways_bound_gets_503_overloaded_at_once() throws Exception {
        openStream("regulator1");
        openStream("regulator2");
        openStream("regulator3");

        HttpResponse<String> refused = http.send(get(STREAM, "regulator4").timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertRefused(refused, 503, "overloaded");
        assertThat(monitor.openStreams()).as("the refused stream never reached the monitor").isEqualTo(3);
    }

    @Test
    void a_stream_beyond_the_callers_bound_gets_429_too_many_streams_while_others_still_open_theirs()
            throws Exception {
        openStream("regulator1");
        openStream("regulator1");

        HttpResponse<String> refused = http.send(get(STREAM, "regulator1").timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertRefused(refused, 429, "too-many-streams");
        assertThat(openStream("regulator2").status()).isEqualTo(200);
    }

    @Test
    void a_stream_its_viewer_closed_frees_its_place_and_its_connection_to_the_monitor() throws Exception {
        Viewer first = openStream("regulator1");
        openStream("regulator1");
        openStream("regulator2");
        assertThat(http.send(get(STREAM, "regulator1").timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(429);

        first.close();

        await().until(() -> monitor.openStreams() == 2);
        assertThat(openStream("regulator1").status()).as("the caller's place is free again").isEqualTo(200);
        assertThat(openStream("regulator4").status()).as("the gateway is full again").isEqualTo(503);
    }

    private static void assertRefused(HttpResponse<String> refused, int status, String code) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode problem = JsonMapper.shared().readTree(refused.body());
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("type").asString()).isEqualTo("urn:qsp:problem:" + code);
        assertThat(problem.path("instance").asString()).isEqualTo(STREAM);
    }

    private HttpRequest.Builder get(String path, String subject) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.regulator(subject)).GET();
    }

    /** Opens a stream on a socket of its own, so that closing the socket is a viewer who closes the page. */
    private Viewer openStream(String subject) throws IOException {
        Viewer viewer = new Viewer(new Socket(InetAddress.getLoopbackAddress(), port), subject);
        viewers.add(viewer);
        return viewer;
    }

    private static final class Viewer implements AutoCloseable {

        private final Socket socket;
        private final int status;

        Viewer(Socket socket, String subject) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + STREAM + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + TestTokens.regulator(subject) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            this.status = Integer.parseInt(statusLine.split(" ")[1]);
        }

        int status() {
            return status;
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
