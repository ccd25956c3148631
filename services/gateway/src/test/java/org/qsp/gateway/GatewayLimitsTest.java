package org.qsp.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-caller rate limits (low here: 2 per second per subject, 2 per address) and a breaker that 5xx opens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {GatewayApplication.class, TestTokens.class},
        properties = {"qsp.gateway.rate-limit.authenticated=2", "qsp.gateway.rate-limit.anonymous=2"})
class GatewayLimitsTest {

    private static final StubService rectification = StubService.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void routesToStub(DynamicPropertyRegistry registry) {
        registry.add("QSP_RECTIFICATION_URI", rectification::uri);
    }

    @AfterAll
    static void stopStub() {
        rectification.stop();
    }

    @Test
    void a_caller_over_its_rate_gets_429_problem_with_retry_after_and_another_caller_is_not_affected() {
        rectification.reset(StubService.Answer.json(200, "{\"items\":[]}"));
        String greedy = TestTokens.regulator("greedy");

        long started = System.nanoTime();
        List<HttpResponse<String>> burst = burst(30, greedy);
        double seconds = (System.nanoTime() - started) / 1e9;

        List<HttpResponse<String>> refused = burst.stream().filter(r -> r.statusCode() == 429).toList();
        long served = burst.stream().filter(r -> r.statusCode() == 200).count();
        assertThat(refused).isNotEmpty();
        assertThat(served).as("at most 2 per started second").isLessThanOrEqualTo(2 * ((long) Math.ceil(seconds) + 1));
        HttpResponse<String> one = refused.get(0);
        assertThat(one.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(one.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JsonMapper.shared().readTree(one.body()).path("code").asString()).isEqualTo("too-many-requests");

        assertThat(send(TestTokens.regulator("patient")).statusCode()).as("another subject has its own permits")
                .isEqualTo(200);
    }

    @Test
    void anonymous_callers_are_limited_by_address() {
        List<Integer> statuses = IntStream.range(0, 20).mapToObj(i -> http.sendAsync(
                        HttpRequest.newBuilder(gateway("/api/complaint/v1/categories")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).contains(429);
    }

    @Test
    void server_errors_open_the_breaker_and_then_the_service_is_not_called_until_it_half_opens() throws Exception {
        rectification.reset(new StubService.Answer(500, "application/problem+json",
                "{\"code\":\"internal-error\"}", Duration.ZERO));
        int relayed = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() != 503); i++) {
            last = send(TestTokens.regulator("caller-" + i));   // own permits each: the limiter stays out of it
            if (last.statusCode() == 500) {
                relayed++;
            }
        }

        // the window holds 20 calls and opens at 50 % failures once it has 10: at least 5 failures, more if other
        // tests of this class left successful calls in it
        assertThat(relayed).as("the service's own 500 answers are relayed until the breaker opens")
                .isGreaterThanOrEqualTo(5);
        assertThat(last.statusCode()).isEqualTo(503);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(JsonMapper.shared().readTree(last.body()).path("code").asString()).isEqualTo("service-unavailable");
        int calls = rectification.receivedCount();
        send(TestTokens.regulator("one-more"));
        assertThat(rectification.receivedCount()).as("an open breaker does not call the service").isEqualTo(calls);
    }

    private List<HttpResponse<String>> burst(int n, String token) {
        return IntStream.range(0, n).mapToObj(i -> http.sendAsync(request(token), HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();
    }

    private HttpResponse<String> send(String token) {
        return http.sendAsync(request(token), HttpResponse.BodyHandlers.ofString()).join();
    }

    private HttpRequest request(String token) {
        return HttpRequest.newBuilder(gateway("/api/rectification/v1/tasks")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20)).GET().build();
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
