package org.qsp.platform.web;

import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An operation that takes no body refuses a request that brings one (400 {@code unexpected-body}): the body would
 * otherwise never be read, so neither its size limit nor its encoding nor its framing would ever be checked, and
 * a client that meant to send something would get a 200 for a request the service did not understand.
 */
public class BodilessOperations implements HandlerInterceptor {

    private final Map<HandlerMethod, Boolean> takesBody = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || !hasBody(request)
                || takesBody.computeIfAbsent(method, BodilessOperations::readsBody)) {
            return true;
        }
        Problems.write(request, response, HttpStatus.BAD_REQUEST, "unexpected-body",
                "this operation takes no request body; send none");
        return false;
    }

    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static boolean readsBody(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(BodilessOperations::readsBody);
    }

    private static boolean readsBody(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestPart.class)
                || HttpEntity.class.isAssignableFrom(type) || MultipartFile.class.isAssignableFrom(type)
                || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || ServletRequest.class.isAssignableFrom(type);
    }
}
