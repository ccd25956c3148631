package org.qsp.gateway.edge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
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
import org.qsp.platform.web.Problems;
import org.qsp.platform.web.Utf8BodyFilter;

/**
 * A request body is received whole, within its route's size limit and the read timeout, before any service is
 * called: a client that declares more than the limit gets 413 at once, one that sends more gets 413 when it
 * crosses it, one that is too slow gets 408 ({@code request-timeout}), and a text body that is not UTF-8 gets 400.
 * None of them ever holds a connection to a service or a place in a route's bulkhead. Tomcat's connection timeout
 * bounds each wait for the next piece; this filter bounds the whole.
 */
public class BodyAdmissionFilter extends OncePerRequestFilter {

    private static final int CHUNK = 8192;

    private final long defaultLimit;
    private final List<Map.Entry<PathPattern, Long>> routeLimits;
    private final long readTimeoutNanos;

    public BodyAdmissionFilter(GatewayEdgeProperties.Body body) {
        this.defaultLimit = body.maxSize().toBytes();
        this.routeLimits = body.routes().entrySet().stream()
                .map(e -> Map.entry(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue().toBytes()))
                .toList();
        this.readTimeoutNanos = body.readTimeout().toNanos();
    }

    long limitFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return routeLimits.stream().filter(e -> e.getKey().matches(container)).map(Map.Entry::getValue).findFirst()
                .orElse(defaultLimit);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() == 0
                || (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body;
        try {
            body = readWhole(request.getInputStream(), limit);
        } catch (TooLarge e) {
            tooLarge(request, response, limit);
            return;
        } catch (Utf8BodyFilter.MalformedBody e) {
            Problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-request", e.getMessage());
            return;
        } catch (IOException e) {
            if (!(e instanceof TooSlow) && !timedOut(e)) {
                throw e;
            }
            response.setHeader("Connection", "close");
            Problems.write(request, response, HttpStatus.REQUEST_TIMEOUT, "request-timeout",
                    "the request body did not arrive in time");
            return;
        }
        chain.doFilter(new ReceivedBody(request, body), response);
    }

    private byte[] readWhole(InputStream in, long limit) throws IOException {
        long deadline = System.nanoTime() + readTimeoutNanos;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, CHUNK));
        byte[] chunk = new byte[CHUNK];
        for (int n; (n = in.read(chunk)) >= 0; ) {
            if (out.size() + (long) n > limit) {
                throw new TooLarge();
            }
            out.write(chunk, 0, n);
            if (System.nanoTime() > deadline) {
                throw new TooSlow();
            }
        }
        return out.toByteArray();
    }

    /** Tomcat reports a read that waited longer than its connection timeout as an I/O error caused by a timeout. */
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setHeader("Connection", "close");
        Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "the request body is larger than this route takes (" + limit + " bytes)");
    }

    private static final class TooLarge extends IOException {
    }

    private static final class TooSlow extends IOException {
    }

    /** The request with its body already received: the proxy reads it from memory. */
    private static final class ReceivedBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private final ByteArrayInputStream in;

        ReceivedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is in memory: it is available at once, and then it is all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        if (in.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException | RuntimeException e) {
                        listener.onError(e);
                    }
                }
            };
        }
    }
}
