package org.qsp.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit with 413 problem+json: by the declared
 * Content-Length before anything is read, and by counting for chunked bodies. One limit for every path, or a larger
 * (or smaller) one for the paths of an upload that needs it ({@code qsp.service.body-limits}, by path pattern).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final long maxBytes;
    private final Map<String, Long> perPath;

    public BodySizeLimitFilter(long maxBytes) {
        this(maxBytes, Map.of());
    }

    /** @param perPath limits by path pattern ({@code /api/x/v1/uploads/**}) for the paths that need their own */
    public BodySizeLimitFilter(long maxBytes, Map<String, Long> perPath) {
        this.maxBytes = maxBytes;
        this.perPath = Map.copyOf(perPath);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Map.Entry<String, Long> entry : perPath.entrySet()) {
            if (PATHS.match(entry.getKey(), path)) {
                return entry.getValue();
            }
        }
        return maxBytes;
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
        long maxBytes = limitFor(request);
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
