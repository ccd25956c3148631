package org.qsp.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses request bodies larger than the limit with 413 problem+json: by the declared
 * Content-Length before anything is read, and by counting for chunked bodies. Paths that take larger bodies (photo
 * uploads) have limits of their own, by path pattern; every other path keeps the default.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final List<Map.Entry<PathPattern, Long>> pathLimits;

    public BodySizeLimitFilter(long maxBytes) {
        this(maxBytes, Map.of());
    }

    /** @param pathLimits the limits of paths that differ from the default, by path pattern ({@code /a/{id}/b/*}) */
    public BodySizeLimitFilter(long defaultMaxBytes, Map<String, Long> pathLimits) {
        this.defaultMaxBytes = defaultMaxBytes;
        this.pathLimits = pathLimits.entrySet().stream()
                .map(e -> Map.entry(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue())).toList();
    }

    /** The limit of a request path: its pattern's, else the default. */
    public long limitFor(String path) {
        if (pathLimits.isEmpty()) {
            return defaultMaxBytes;
        }
        PathContainer container = PathContainer.parsePath(path);
        return pathLimits.stream().filter(e -> e.getKey().matches(container)).map(Map.Entry::getValue).findFirst()
                .orElse(defaultMaxBytes);
    }

    /** Thrown while reading a body that grew past the limit; the problem handler answers 413. */
    public static class BodyTooLarge extends IOException {
        public BodyTooLarge(long maxBytes) {
            super("request body exceeds " + maxBytes + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > maxBytes) {
            Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "request body has " + request.getContentLengthLong() + " bytes; the limit is " + maxBytes);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new InspectedInputStream(in) {
                private long read;

                @Override
                protected void inspect(byte[] buffer, int offset, int length) throws BodyTooLarge {
                    read += length;
                    if (read > maxBytes) {
                        throw new BodyTooLarge(maxBytes);
                    }
                }
            };
        }
    }
}
