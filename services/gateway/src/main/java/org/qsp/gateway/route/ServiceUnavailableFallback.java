package org.qsp.gateway.route;

import java.net.URI;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a route's circuit breaker forwards when its service is not called or does not answer: an RFC 9457 problem
 * naming the service and the path the client asked for, always 503 with {@code Retry-After}.
 * <ul>
 * <li>{@code overloaded}: the route's bulkhead is full (as many calls in flight as it allows); refused at once, so
 * that the service is not buried under a queue it cannot work off. Retry after a second.</li>
 * <li>{@code service-unavailable}: refused, timed out, or the breaker is open (retry once it half-opens).</li>
 * </ul>
 */
@RestController
class ServiceUnavailableFallback {

    static final URI UNAVAILABLE = URI.create("urn:qsp:problem:service-unavailable");
    static final URI OVERLOADED = URI.create("urn:qsp:problem:overloaded");
    private static final String RETRY_AFTER_BUSY = "1";
    private static final String RETRY_AFTER_DOWN = "10";

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, HttpServletRequest request) {
        Object failure = request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        ProblemDetail problem;
        String retryAfter;
        if (failure instanceof BulkheadFullException) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    service + " has as many requests in flight as it takes; retry shortly");
            problem.setType(OVERLOADED);
            problem.setTitle("Overloaded");
            problem.setProperty("code", "overloaded");
            retryAfter = RETRY_AFTER_BUSY;
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, service + " is not reachable");
            problem.setType(UNAVAILABLE);
            problem.setTitle("Service unavailable");
            problem.setProperty("code", "service-unavailable");
            retryAfter = failure instanceof CallNotPermittedException ? RETRY_AFTER_DOWN : RETRY_AFTER_BUSY;
        }
        problem.setInstance(URI.create(requestedPath(request)));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .body(problem);
    }

    private static String requestedPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }
}
