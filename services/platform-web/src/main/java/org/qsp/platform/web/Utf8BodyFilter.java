package org.qsp.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text bodies (JSON, NDJSON, CSV, any {@code text/*}) are read as strict UTF-8 while they stream in: a byte sequence
 * that is not UTF-8, or a NUL byte (which JSON never has raw, and which marks a UTF-16 or UTF-32 body that a JSON
 * parser would otherwise detect and accept), fails the read with {@link MalformedBody}; the problem handler answers
 * 400 {@code malformed-request}. Binary bodies (photos, multipart) pass untouched.
 */
public class Utf8BodyFilter extends OncePerRequestFilter {

    /** Thrown while reading a text body that is not strict UTF-8. */
    public static class MalformedBody extends IOException {
        public MalformedBody(String message) {
            super(message);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(isText(request.getContentType()) ? new Utf8Request(request) : request, response);
    }

    /** Whether a body of that type is read (and so checked) as text; a body without a type is. */
    public static boolean isText(String contentType) {
        if (contentType == null) {
            return true;   // a body without a type is read as JSON by the APIs, so it is checked as one
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json") || type.startsWith("text/")
                || type.startsWith("application/x-ndjson");
    }

    private static final class Utf8Request extends HttpServletRequestWrapper {

        private ServletInputStream checked;

        Utf8Request(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (checked == null) {
                checked = new CheckedStream(super.getInputStream());
            }
            return checked;
        }
    }

    private static final class CheckedStream extends InspectedInputStream {

        private final Utf8Validator utf8 = new Utf8Validator();
        private long offset;

        CheckedStream(ServletInputStream in) {
            super(in);
        }

        @Override
        protected void inspect(byte[] buffer, int from, int length) throws MalformedBody {
            for (int i = from; i < from + length; i++) {
                int b = buffer[i] & 0xff;
                if (b == 0) {
                    throw new MalformedBody("the body has a NUL byte at offset " + offset
                            + "; bodies are UTF-8 (UTF-16 and UTF-32 are not accepted)");
                }
                if (!utf8.accept(b)) {
                    throw new MalformedBody("the body is not valid UTF-8 at offset " + offset);
                }
                offset++;
            }
        }

        @Override
        protected void end() throws MalformedBody {
            if (!utf8.complete()) {
                throw new MalformedBody("the body ends inside a UTF-8 sequence");
            }
        }
    }
}
