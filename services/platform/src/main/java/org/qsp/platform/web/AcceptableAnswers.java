package org.qsp.platform.web;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A request whose {@code Accept} header no answer of the operation satisfies is refused with 406 problem+json
 * {@code not-acceptable} before the operation runs, as is one whose {@code Accept} is not a list of media types.
 * Spring MVC chooses the answer's type only once the handler has returned, so a write was stored and then answered
 * 406 (issue 7). QSP's operations answer JSON ({@code application/json}, or the operation's declared
 * {@code produces}); an entry with quality 0 accepts nothing. Other handlers (the error page, the API docs, the
 * actuator) negotiate as Spring does.
 */
public class AcceptableAnswers implements HandlerInterceptor {

    static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() != DispatcherType.REQUEST
                || !isQspOperation(method.getBeanType())) {
            return true;
        }
        List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty()) {
            return true;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            Problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                    "the Accept header is not a list of media types");
            return false;
        }
        List<MediaType> answers = answers(request);
        if (wanted.stream().anyMatch(w -> w.getQualityValue() > 0 && answers.stream().anyMatch(w::isCompatibleWith))) {
            return true;
        }
        Problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "this operation answers with " + answers.getFirst() + "; accept it (or */*)");
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<MediaType> answers(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return declared instanceof Set<?> types && !types.isEmpty() ? List.copyOf((Set<MediaType>) types) : JSON;
    }

    private static boolean isQspOperation(Class<?> type) {
        return type.getPackageName().startsWith("org.qsp.") && !ErrorController.class.isAssignableFrom(type);
    }
}
