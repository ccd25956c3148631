package org.qsp.gateway.edge;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.qsp.platform.web.Problems;

/**
 * Bounds the streams (Server-Sent Events, which never end) open through this gateway: at most {@code max-open} in
 * all and {@code per-caller} per caller (keyed as the rate limit keys it). One more is refused at once with
 * problem+json and {@code Retry-After}: 503 {@code overloaded} when the gateway holds as many as it takes, 429
 * {@code too-many-streams} when the caller does; it never waits. A stream holds its permits until it ends on
 * either side (a viewer who closes the page ends it at the next event or heartbeat the gateway passes on).
 * Open streams are measured in {@code qsp.gateway.streams.open}, refusals in
 * {@code qsp.gateway.streams.refused{reason=gateway|caller}}.
 */
public class StreamAdmissionFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER = "5";

    private final List<PathPattern> paths;
    private final int maxOpen;
    private final int perCaller;
    private final Semaphore open;
    private final ConcurrentHashMap<String, Integer> openPerCaller = new ConcurrentHashMap<>();
    private final Counter refusedGateway;
    private final Counter refusedCaller;

    public StreamAdmissionFilter(GatewayEdgeProperties.Streams streams, MeterRegistry meters) {
        this.paths = streams.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.maxOpen = streams.maxOpen();
        this.perCaller = streams.perCaller();
        this.open = new Semaphore(maxOpen);
        Gauge.builder("qsp.gateway.streams.open", open, permits -> maxOpen - permits.availablePermits())
                .description("streams open through this gateway").register(meters);
        this.refusedGateway = refused(meters, "gateway");
        this.refusedCaller = refused(meters, "caller");
    }

    private static Counter refused(MeterRegistry meters, String reason) {
        return Counter.builder("qsp.gateway.streams.refused").tag("reason", reason)
                .description("streams refused because the gateway or the caller had as many open as it may")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return paths.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = Callers.key(request);
        if (!takeCallerPermit(caller)) {
            refusedCaller.increment();
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-streams",
                    "this caller has " + perCaller + " streams open, as many as it may; close one or retry later");
            return;
        }
        try {
            if (!open.tryAcquire()) {
                refusedGateway.increment();
                refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                        "the gateway has " + maxOpen + " streams open, as many as it takes; retry later");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                open.release();
            }
        } finally {
            releaseCallerPermit(caller);
        }
    }

    private boolean takeCallerPermit(String caller) {
        AtomicBoolean taken = new AtomicBoolean();
        openPerCaller.compute(caller, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= perCaller) {
                return count;
            }
            taken.set(true);
            return current + 1;
        });
        return taken.get();
    }

    private void releaseCallerPermit(String caller) {
        openPerCaller.computeIfPresent(caller, (key, count) -> count > 1 ? count - 1 : null);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String code, String detail) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        Problems.write(request, response, status, code, detail);
    }
}
