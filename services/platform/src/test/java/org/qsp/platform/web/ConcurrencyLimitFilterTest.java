package org.qsp.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ConcurrencyLimitFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final BulkheadRegistry registry = BulkheadRegistry.ofDefaults();
    private final ConcurrencyLimitFilter filter = ConcurrencyLimitFilter.of(2, registry, meters);
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHeldRequests() {
        release.countDown();
        callers.shutdownNow();
    }

    @Test
    void a_request_beyond_the_limit_gets_503_overloaded_at_once_and_never_reaches_the_application() throws Exception {
        List<Future<MockHttpServletResponse>> held = holdInApplication(2);
        List<String> reached = new ArrayList<>();

        MockHttpServletResponse refused = call("/api/svc/v1/things/3", (request, response) -> reached.add("3"));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        JsonNode problem = JsonMapper.shared().readTree(refused.getContentAsString());
        assertThat(problem.path("code").asString()).isEqualTo("overloaded");
        assertThat(problem.path("type").asString()).isEqualTo("urn:qsp:problem:overloaded");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/svc/v1/things/3");
        assertThat(reached).isEmpty();
        assertThat(held).noneMatch(Future::isDone);
        assertThat(meters.get("qsp.http.shed").counter().count()).isEqualTo(1.0);
        assertThat(bulkhead().getMetrics().getAvailableConcurrentCalls()).isZero();

        release.countDown();
        for (Future<MockHttpServletResponse> request : held) {
            assertThat(request.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void a_permit_comes_back_when_a_request_ends_even_when_the_application_throws() throws Exception {
        assertThatThrownBy(() -> call("/api/svc/v1/boom", (request, response) -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        List<Future<MockHttpServletResponse>> held = holdInApplication(2);

        assertThat(call("/api/svc/v1/things/4", (request, response) -> { }).getStatus())
                .as("two held, the thrown one gave its permit back: the third is over the limit").isEqualTo(503);
        release.countDown();
        for (Future<MockHttpServletResponse> request : held) {
            request.get(10, TimeUnit.SECONDS);
        }
        assertThat(bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(2);
        assertThat(call("/api/svc/v1/things/5", (request, response) -> ((MockHttpServletResponse) response).setStatus(200)).getStatus())
                .isEqualTo(200);
    }

    @Test
    void health_probes_are_answered_while_the_service_is_at_its_limit() throws Exception {
        holdInApplication(2);

        MockHttpServletResponse probe = call("/actuator/health/readiness", (request, response) -> ((MockHttpServletResponse) response).setStatus(200));

        assertThat(probe.getStatus()).isEqualTo(200);
    }

    @Test
    void a_limit_below_one_is_refused_at_start() {
        assertThatThrownBy(() -> ConcurrencyLimitFilter.of(0, BulkheadRegistry.ofDefaults(), meters))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Bulkhead bulkhead() {
        return registry.bulkhead(ConcurrencyLimitFilter.BULKHEAD);
    }

    /** Starts {@code count} requests that stay inside the application until {@link #release}. */
    private List<Future<MockHttpServletResponse>> holdInApplication(int count) {
        CountDownLatch entered = new CountDownLatch(count);
        List<Future<MockHttpServletResponse>> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            held.add(callers.submit(() -> call("/api/svc/v1/slow", (request, response) -> {
                entered.countDown();
                awaitRelease();
                ((MockHttpServletResponse) response).setStatus(200);
            })));
        }
        await().until(() -> entered.getCount() == 0);
        return held;
    }

    private void awaitRelease() throws ServletException {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }
    }

    private MockHttpServletResponse call(String path, FilterChain application) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, application);
        return response;
    }
}
