package org.qsp.platform.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.qsp.platform.attachment.AttachmentTooLarge;
import org.qsp.platform.attachment.UnsupportedAttachment;
import org.qsp.platform.errors.DomainException;
import tools.jackson.core.JacksonException;

/** Every error of every QSP API as RFC 9457 problem+json with a stable code and field errors. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return respond(status, e.code(), e.getMessage(), request, InputProblems.of(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldError> errors = InputProblems.of(e.getBindingResult());
        return respond(HttpStatus.BAD_REQUEST, InputProblems.VALIDATION_FAILED, describe(errors), request, errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(r.getMethodParameter().getParameterName(),
                                err.getDefaultMessage())))
                .toList();
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", describe(errors), request, errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(leaf(v.getPropertyPath().toString()), v.getMessage())).toList();
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", describe(errors), request, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLarge tooLarge) {
                return respond(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.getMessage(), request,
                        List.of());
            }
            if (t instanceof Utf8BodyFilter.MalformedBody malformed) {
                return respond(HttpStatus.BAD_REQUEST, "malformed-request", malformed.getMessage(), request,
                        List.of());
            }
            if (t instanceof JacksonException json && InputProblems.of(json) != null) {
                FieldError field = InputProblems.of(json);
                return respond(HttpStatus.BAD_REQUEST, InputProblems.MALFORMED_REQUEST, "field " + field.field() + " "
                        + field.message(), request, List.of(field));
            }
        }
        return respond(HttpStatus.BAD_REQUEST, "malformed-request", "the request body is missing or not valid JSON",
                request, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = "has the wrong type or format";
        return respond(HttpStatus.BAD_REQUEST, "malformed-request", e.getName() + " " + message, request,
                List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class})
    ResponseEntity<ProblemDetail> missingParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", name + " is required", request,
                List.of(new FieldError(name, "is required")));
    }

    /**
     * A type the operation does not take. A text body (or one without a type) is read first, as the gateway reads it
     * whole before any service decides on its type: one that is not UTF-8 gets 400 and one past the limit 413 here
     * too, so that the answer is the same directly and through the gateway.
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        if (Utf8BodyFilter.isText(request.getContentType())) {
            try (var body = request.getInputStream()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (Utf8BodyFilter.MalformedBody malformed) {
                return respond(HttpStatus.BAD_REQUEST, "malformed-request", malformed.getMessage(), request, List.of());
            } catch (BodySizeLimitFilter.BodyTooLarge tooLarge) {
                return respond(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.getMessage(), request,
                        List.of());
            } catch (java.io.IOException | IllegalStateException unread) {
                // the body cannot be read (any more): the type alone decides
            }
        }
        String supported = e.getSupportedMediaTypes().stream().filter(t -> !t.isWildcardSubtype()
                && !t.getSubtype().startsWith("*")).map(Object::toString).collect(Collectors.joining(" or "));
        supported = supported.isEmpty() ? "application/json" : supported;
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "send " + supported + " (got " + e.getContentType() + ")", request, List.of());
    }

    @ExceptionHandler(UnsupportedAttachment.class)
    ResponseEntity<ProblemDetail> unsupportedAttachment(UnsupportedAttachment e, HttpServletRequest request) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.code(), e.getMessage(), request, List.of());
    }

    /** An attachment past the store's limit, or a body past the edge's, read by the operation itself. */
    @ExceptionHandler({AttachmentTooLarge.class, BodySizeLimitFilter.BodyTooLarge.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", e.getMessage(), request, List.of());
    }

    /** A text body that an operation streams itself (an import) and that is not strict UTF-8. */
    @ExceptionHandler(Utf8BodyFilter.MalformedBody.class)
    ResponseEntity<ProblemDetail> malformedBody(Utf8BodyFilter.MalformedBody e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "malformed-request", e.getMessage(), request, List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "this resource is served as application/json",
                request, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMessage(), request, List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "not-found", "no such resource", request, List.of());
    }

    /** The firewall refuses a header value lazily, when a handler reads it: the client's fault, not a 500. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "request-rejected",
                "the request has characters or sequences that are not accepted", request, List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "forbidden", "your role may not do this", request, List.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required", request,
                List.of());
    }

    /**
     * The client went away while a long answer (an event stream) was being written: nobody is left to answer and
     * nothing failed here, so nothing is written and nothing is logged as an error (a console closing its stream is
     * an everyday event).
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("the client of {} {} went away: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "an unexpected error occurred; nothing was changed by this request unless its answer says so",
                request, List.of());
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, String detail,
            HttpServletRequest request, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .body(Problems.problem(status, code, detail, request.getRequestURI(), errors));
    }

    private static String leaf(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String describe(List<FieldError> errors) {
        return InputProblems.describe(errors);
    }
}
