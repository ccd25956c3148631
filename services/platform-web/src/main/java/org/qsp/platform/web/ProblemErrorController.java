package org.qsp.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /error} page as problem+json, in place of Boot's JSON and whitelabel page: what a filter, the
 * container or a {@code sendError} ended with a bare status (e.g. the firewall's 400, a 405 before any handler, a
 * request timeout) gets the same shape and a stable {@code code} as every handled error.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String code = Problems.codeFor(status.value());
        ProblemDetail problem = Problems.problem(status, code, detail(status), uri == null ? null : uri.toString(),
                null);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(Object code) {
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request is malformed (its URL, headers or framing)";
            case NOT_IMPLEMENTED -> "the request uses something this server does not implement";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this resource does not take that method";
            case REQUEST_TIMEOUT -> "the request was not received in time";
            case CONTENT_TOO_LARGE -> "the request body is too large";
            case URI_TOO_LONG -> "the URL is too long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "the request headers are too large";
            default -> status.is5xxServerError()
                    ? "an unexpected error occurred; nothing was changed by this request unless its answer says so"
                    : status.getReasonPhrase();
        };
    }
}
