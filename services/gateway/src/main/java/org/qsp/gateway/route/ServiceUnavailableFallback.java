package org.qsp.gateway.route;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a route's circuit breaker forwards when its service cannot be called (refused, timed out, breaker open):
 * an RFC 9457 problem naming the service and the path the client asked for.
 */
@RestController
class ServiceUnavailableFallback {

    static final URI TYPE = URI.create("urn:qsp:problem:service-unavailable");

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, service + " is not reachable");
        problem.setType(TYPE);
        problem.setTitle("Service unavailable");
        problem.setProperty("code", "service-unavailable");
        problem.setInstance(URI.create(requestedPath(request)));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String requestedPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }
}
