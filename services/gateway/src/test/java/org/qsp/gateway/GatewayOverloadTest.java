package org.qsp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

/** A route takes as many calls in flight as its bulkhead allows (two here); one more is refused at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {GatewayApplication.class,
        TestTokens.class},
        properties = {"QSP_GATEWAY_ROUTE_CONCURRENCY=2", "spring.http.clients.read-timeout=40s"})
class GatewayOverloadTest {

    private static final StubService inspection = StubService.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void routesToStub(DynamicPropertyRegistry registry) {
        registry.add("QSP_INSPECTION_URI", inspection::uri);
    }

    @AfterEach
    void answersFlow() {
        inspection.releaseAnswers();
    }

    @AfterAll
    static void stopStub() {
        inspection.stop();
    }

    @Test
    void a_call_beyond_the_routes_bulkhead_gets_503_overloaded_at_once_while_the_calls_in_flight_complete()
            throws Exception {
        inspection.reset(StubService.Answer.json(200, "{\"ok\":true}"));
        inspection.holdAnswers();
        List<CompletableFuture<HttpResponse<String>>> inFlight = List.of(getAsync("/api/inspection/v1/samples/a"),
                getAsync("/api/inspection/v1/samples/b"));
        await().until(() -> inspection.receivedCount() == 2);

        HttpResponse<String> refused = get("/api/inspection/v1/samples/c");

        assertThat(inFlight).as("refused while both calls are still held at the service").noneMatch(CompletableFuture::isDone);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = JsonMapper.shared().readTree(refused.body());
        assertThat(problem.path("code").asString()).isEqualTo("overloaded");
        assertThat(problem.path("type").asString()).isEqualTo("urn:qsp:problem:overloaded");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/inspection/v1/samples/c");
        assertThat(inspection.receivedCount()).as("the refused call never reached the service").isEqualTo(2);

        inspection.releaseAnswers();
        for (CompletableFuture<HttpResponse<String>> call : inFlight) {
            assertThat(call.get().statusCode()).isEqualTo(200);
            assertThat(call.get().body()).isEqualTo("{\"ok\":true}");
        }
    }

    @Test
    void refusals_for_overload_do_not_open_the_circuit_breaker() throws Exception {
        inspection.reset(StubService.Answer.json(200, "{}"));
        inspection.holdAnswers();
        List<CompletableFuture<HttpResponse<String>>> inFlight = List.of(getAsync("/api/inspection/v1/samples/a"),
                getAsync("/api/inspection/v1/samples/b"));
        await().until(() -> inspection.receivedCount() == 2);
        List<Integer> refusals = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            refusals.add(get("/api/inspection/v1/samples/x" + i).statusCode());
        }
        inspection.releaseAnswers();
        for (CompletableFuture<HttpResponse<String>> call : inFlight) {
            assertThat(call.get().statusCode()).isEqualTo(200);
        }

        assertThat(refusals).containsOnly(503);
        HttpResponse<String> after = get("/api/inspection/v1/samples/after");
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    }

    private CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return http.sendAsync(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.regulator("regulator1")).GET().build();
    }
}
