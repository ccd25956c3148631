package org.qsp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {GatewayApplication.class,
        TestTokens.class},
        properties = "spring.http.clients.read-timeout=1s")
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTest {

    private static final String TOKEN = TestTokens.regulator("regulator1");

    private static final StubService inspection = StubService.start();
    private static final StubService credit = StubService.start();
    private static final StubService complaint = StubService.start();
    private static final StubService recall = StubService.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void routesToStubs(DynamicPropertyRegistry registry) {
        registry.add("QSP_INSPECTION_URI", inspection::uri);
        registry.add("QSP_CREDIT_URI", credit::uri);
        registry.add("QSP_COMPLAINT_URI", complaint::uri);
        registry.add("QSP_RECALL_URI", recall::uri);
    }

    @AfterAll
    static void stopStubs() {
        inspection.stop();
        credit.stop();
        complaint.stop();
        recall.stop();
    }

    @BeforeEach
    void servicesAnswer() {
        inspection.reset(StubService.Answer.json(200, "{}"));
    }

    @Test
    void forwards_path_query_body_and_bearer_token_unchanged_and_relays_the_answer(CapturedOutput output)
            throws Exception {
        inspection.reset(StubService.Answer.json(201, "{\"id\":\"s-1\"}"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway("/api/inspection/v1/samples?plan=p-7"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"planId\":\"p-7\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        StubService.Received received = inspection.nextRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).hasToString("/api/inspection/v1/samples?plan=p-7");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(received.body()).isEqualTo("{\"planId\":\"p-7\"}");
        assertThat(received.header("Upgrade")).as("no h2c upgrade towards the service").isNull();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"id\":\"s-1\"}");
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void routes_complaint_requests_with_their_idempotency_key_also_without_a_token() throws Exception {
        complaint.reset(StubService.Answer.json(201, "{\"caseId\":\"CC-1\"}"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway("/api/complaint/v1/cases"))
                        .header("Idempotency-Key", "k-12345678")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"REPORT\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        StubService.Received received = complaint.nextRequest();
        assertThat(received.uri()).hasToString("/api/complaint/v1/cases");
        assertThat(received.header("Idempotency-Key")).isEqualTo("k-12345678");
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.body()).isEqualTo("{\"kind\":\"REPORT\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"caseId\":\"CC-1\"}");
    }

    @Test
    void routes_the_public_recall_feed_without_a_token_and_refuses_the_rest_of_recall_without_one() throws Exception {
        recall.reset(StubService.Answer.json(200, "{\"items\":[],\"nextCursor\":null,\"more\":false}"));

        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(
                gateway("/api/recall/v1/public/recalls?updatedSince=2026-12-01T00:00:00Z&size=5")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        StubService.Received received = recall.nextRequest();
        HttpResponse<String> leads = http.send(HttpRequest.newBuilder(gateway("/api/recall/v1/leads")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(java.net.URLDecoder.decode(received.uri().toString(), java.nio.charset.StandardCharsets.UTF_8))
                .as("the same query, its colons maybe escaped").isEqualTo(
                        "/api/recall/v1/public/recalls?updatedSince=2026-12-01T00:00:00Z&size=5");
        assertThat(received.header("Authorization")).isNull();
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(json(feed).path("more").asBoolean()).isFalse();
        assertThat(leads.statusCode()).isEqualTo(401);
    }

    @Test
    void an_anonymous_caller_of_a_public_route_whose_service_does_not_answer_gets_503_not_401() throws Exception {
        recall.reset(StubService.Answer.json(200, "{}").after(Duration.ofSeconds(3)));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                gateway("/api/recall/v1/public/recalls")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertServiceUnavailable(response, "recall", "/api/recall/v1/public/recalls");
    }

    @Test
    void relays_the_services_own_error_answers() throws Exception {
        inspection.reset(new StubService.Answer(404, "application/problem+json",
                "{\"status\":404,\"code\":\"sample-not-found\"}", Duration.ZERO));

        HttpResponse<String> response = get("/api/inspection/v1/samples/unknown");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asString()).isEqualTo("sample-not-found");
    }

    @Test
    void answers_503_problem_when_the_service_is_not_reachable() throws Exception {
        credit.stop();

        HttpResponse<String> response = get("/api/credit/v1/enterprises/91330100MA27XY012B");

        assertServiceUnavailable(response, "credit", "/api/credit/v1/enterprises/91330100MA27XY012B");
    }

    @Test
    void answers_503_problem_when_the_service_does_not_answer_in_time() throws Exception {
        inspection.reset(StubService.Answer.json(200, "{}").after(Duration.ofSeconds(3)));

        HttpResponse<String> response = get("/api/inspection/v1/tasks");

        assertServiceUnavailable(response, "inspection", "/api/inspection/v1/tasks");
    }

    @Test
    void readiness_and_liveness_probes_are_up() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    private void assertServiceUnavailable(HttpResponse<String> response, String service, String path) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:qsp:problem:service-unavailable");
        assertThat(problem.path("title").asString()).isEqualTo("Service unavailable");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("code").asString()).isEqualTo("service-unavailable");
        assertThat(problem.path("detail").asString()).isEqualTo(service + " is not reachable");
        assertThat(problem.path("instance").asString()).isEqualTo(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway(path)).header("Authorization", "Bearer " + TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}
