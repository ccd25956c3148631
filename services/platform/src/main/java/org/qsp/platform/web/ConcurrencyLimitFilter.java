package org.qsp.platform.web;

import java.io.IOException;
import java.time.Duration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds overload early: at most {@code limit} requests are worked on at once; one more is answered at once with
 * 503 problem+json {@code overloaded} and {@code Retry-After}, before its token is checked or its body read, so
 * nothing of it is done and the requests already admitted keep their latency. Health probes are never refused.
 * The limit is a Resilience4j semaphore bulkhead named {@code http} that never waits (its metrics, e.g.
 * {@code resilience4j.bulkhead.available.concurrent.calls{name="http"}}, come with the registry); refusals are
 * counted in {@code qsp.http.shed}.
 */
public class ConcurrencyLimitFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    static final String BULKHEAD = "http";

    private final Bulkhead bulkhead;
    private final Counter shed;

    public ConcurrencyLimitFilter(Bulkhead bulkhead, MeterRegistry meters) {
        this.bulkhead = bulkhead;
        this.shed = Counter.builder("qsp.http.shed")
                .description("requests refused with 503 because the service was at its concurrency limit")
                .register(meters);
    }

    /** The filter with its bulkhead of {@code limit} calls, registered where the service's metrics find it. */
    public static ConcurrencyLimitFilter of(int limit, BulkheadRegistry bulkheads, MeterRegistry meters) {
        if (limit < 1) {
            throw new IllegalArgumentException("the concurrency limit must be at least 1, not " + limit);
        }
        BulkheadConfig config = BulkheadConfig.custom().maxConcurrentCalls(limit).maxWaitDuration(Duration.ZERO)
                .build();
        return new ConcurrencyLimitFilter(bulkheads.bulkhead(BULKHEAD, config), meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bulkhead.tryAcquirePermission()) {
            shed.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                    "the service is working on as many requests as it takes ("
                            + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + "); retry shortly");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            bulkhead.onComplete();
        }
    }
}
