package org.qsp.gateway.edge;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.qsp.platform.web.Problems;

/**
 * Per-caller rate limits (after the token check, so a caller is who its token says): a Resilience4j rate limiter
 * per subject, or per client address for anonymous calls to public routes, that never waits. A request beyond the
 * caller's permits gets 429 problem+json {@code too-many-requests} with {@code Retry-After}, and costs no service
 * anything. Limiters of callers not seen for ten minutes are dropped (at most 100,000 are kept). Refusals are
 * counted in {@code qsp.gateway.rate-limited{caller=authenticated|anonymous}}.
 */
public class CallerRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiterConfig authenticated;
    private final RateLimiterConfig anonymous;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .expireAfterAccess(10, TimeUnit.MINUTES).maximumSize(100_000).build();
    private final Counter refusedAuthenticated;
    private final Counter refusedAnonymous;

    public CallerRateLimitFilter(GatewayEdgeProperties.RateLimit limits, MeterRegistry meters) {
        this.authenticated = perSecond(limits.authenticated());
        this.anonymous = perSecond(limits.anonymous());
        this.refusedAuthenticated = counter(meters, "authenticated");
        this.refusedAnonymous = counter(meters, "anonymous");
    }

    private static RateLimiterConfig perSecond(int permits) {
        return RateLimiterConfig.custom().limitForPeriod(permits).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO).build();
    }

    private static Counter counter(MeterRegistry meters, String caller) {
        return Counter.builder("qsp.gateway.rate-limited").tag("caller", caller)
                .description("requests refused with 429 because the caller was over its rate limit").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean known = Callers.authenticated();
        String key = Callers.key(request);
        RateLimiter limiter = limiters.get(key, k -> RateLimiter.of(k, known ? authenticated : anonymous));
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        (known ? refusedAuthenticated : refusedAnonymous).increment();
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");   // the permits refill every second
        Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                "more than " + limiter.getRateLimiterConfig().getLimitForPeriod()
                        + " requests per second from this caller; retry after the time in Retry-After");
    }
}
