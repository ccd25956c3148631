package org.qsp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regulator console as the gateway serves it: the page, its modules and the chart library to anyone, under a
 * content security policy without inline script; its configuration from the gateway's; the monitor's stream proxied
 * as it comes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {GatewayApplication.class, TestTokens.class},
        properties = {"qsp.console.identity=https://login.example.org:9443"})
class ConsolePageTest {

    private static final StubService monitor = StubService.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void routesToStub(DynamicPropertyRegistry registry) {
        registry.add("QSP_MONITOR_URI", monitor::uri);
    }

    @AfterAll
    static void stopStub() {
        monitor.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/", "/console/callback"})
    void the_page_is_served_to_anyone_with_a_policy_that_runs_only_its_own_scripts(String path) throws Exception {
        HttpResponse<String> page = get(path, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/js/main.js\"></script>");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "connect-src 'self' https://login.example.org:9443").doesNotContain("unsafe");
    }

    @Test
    void the_page_learns_where_to_log_in_from_the_gateways_configuration() throws Exception {
        HttpResponse<String> config = get("/console/config.json", null);

        assertThat(config.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(config.body());
        assertThat(body.path("issuer").asString()).isEqualTo("https://login.example.org:9443");
        assertThat(body.path("clientId").asString()).isEqualTo("qsp-console");
        assertThat(body.path("api").asString()).isEqualTo("/api/monitor/v1");
    }

    @Test
    void the_chart_library_comes_from_its_webjar_without_a_version_in_the_path() throws Exception {
        HttpResponse<String> module = get("/webjars/uplot/dist/uPlot.esm.js", null);

        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(module.body()).contains("export { uPlot as default }");
    }

    @Test
    void a_missing_file_is_a_404_problem_and_only_reads_are_public() throws Exception {
        HttpResponse<String> missing = get("/console/js/none.js", null);
        HttpResponse<String> write = send(HttpRequest.newBuilder(uri("/console/"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void the_monitors_stream_is_proxied_as_it_comes_and_needs_a_token() throws Exception {
        monitor.reset(new StubService.Answer(200, "text/event-stream",
                "id: 7\nevent: qsp\ndata: {\"type\":\"x\"}\n\n", Duration.ZERO));

        HttpResponse<String> anonymous = get("/api/monitor/v1/stream", null);
        HttpResponse<String> stream = get("/api/monitor/v1/stream?region=3301",
                TestTokens.regulator("regulator1"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.body()).isEqualTo("id: 7\nevent: qsp\ndata: {\"type\":\"x\"}\n\n");
        assertThat(monitor.nextRequest().uri().toString()).isEqualTo("/api/monitor/v1/stream?region=3301");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
