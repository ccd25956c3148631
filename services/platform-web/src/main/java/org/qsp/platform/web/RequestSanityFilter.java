package org.qsp.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before it costs a token check, a body read or a call to a service:
 * <ul>
 * <li>the path and the query are well-formed: every {@code %} starts a two-digit hex escape, the escapes decode to
 * valid UTF-8 (no overlong forms, no surrogates), and nothing decodes to a control character; no query parameter
 * has an empty name. Otherwise 400 {@code malformed-url}.</li>
 * <li>a {@code Content-Type} names one concrete media type (no wildcard) and, if it has a charset, UTF-8; otherwise
 * 415 {@code unsupported-media-type}.</li>
 * <li>a {@code Content-Encoding} other than {@code identity} is refused with 415 {@code unsupported-encoding}: no QSP
 * API takes compressed bodies, and a plain body labelled gzip must not be read as if it were plain.</li>
 * <li>no header value holds a control character (tab aside): 400 {@code malformed-header} (the firewall would refuse
 * it only when a handler reads that header, as a 500).</li>
 * <li>the framing is unambiguous (RFC 9112 §6.3): a header that must come once ({@code Authorization},
 * {@code Content-Type}, {@code Content-Length}) given twice gets 400 {@code ambiguous-request}: two readers of the
 * request (the gateway and a service) must never see two different requests in it. {@code Content-Length} with
 * {@code Transfer-Encoding}, and folded headers, are refused before any filter ({@link AmbiguousFramingValve}):
 * Tomcat hides them from filters.</li>
 * </ul>
 */
public class RequestSanityFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String urlProblem = urlProblem(request);
        if (urlProblem != null) {
            Problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-url", urlProblem);
            return;
        }
        String headerProblem = headerProblem(request);
        if (headerProblem != null) {
            Problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-header", headerProblem);
            return;
        }
        String ambiguity = ambiguity(request);
        if (ambiguity != null) {
            Problems.write(request, response, HttpStatus.BAD_REQUEST, "ambiguous-request", ambiguity);
            return;
        }
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-encoding",
                    "request bodies are not accepted with Content-Encoding " + printable(encoding)
                            + "; send them uncompressed");
            return;
        }
        String mediaTypeProblem = mediaTypeProblem(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (mediaTypeProblem != null) {
            Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    mediaTypeProblem);
            return;
        }
        chain.doFilter(request, response);
    }

    static String urlProblem(HttpServletRequest request) {
        if (!UrlEscapes.wellFormed(request.getRequestURI())) {
            return "the path is not well-formed: percent-escapes must be valid UTF-8 without control characters";
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        if (!UrlEscapes.wellFormed(query)) {
            return "the query is not well-formed: percent-escapes must be valid UTF-8 without control characters";
        }
        for (String pair : query.split("&", -1)) {
            if (!pair.isEmpty() && (pair.charAt(0) == '=')) {
                return "the query has a parameter without a name";
            }
        }
        return null;
    }

    static String headerProblem(HttpServletRequest request) {
        for (String name : java.util.Collections.list(request.getHeaderNames())) {
            for (String value : java.util.Collections.list(request.getHeaders(name))) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        return "the header " + printable(name) + " has a control character";
                    }
                }
            }
        }
        return null;
    }

    static String ambiguity(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && request.getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
            return "a request must not have both Content-Length and Transfer-Encoding";
        }
        for (String name : ONCE) {
            java.util.Enumeration<String> values = request.getHeaders(name);
            if (values != null && values.hasMoreElements()) {
                values.nextElement();
                if (values.hasMoreElements()) {
                    return "the header " + name + " must come once";
                }
            }
        }
        return null;
    }

    private static final String[] ONCE = {HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_ENCODING, HttpHeaders.TRANSFER_ENCODING};

    static String mediaTypeProblem(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String[] parts = contentType.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals <= 0 || equals == parameter.length() - 1) {
                return "Content-Type " + printable(contentType) + " has a malformed parameter";
            }
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "Content-Type " + printable(contentType) + " is not a media type";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "Content-Type must name one media type, not the pattern " + type;
        }
        String charset = type.getParameter("charset");
        if (charset != null) {
            String name = charset.replace("\"", "").toLowerCase(Locale.ROOT);
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                return "bodies are read as UTF-8; charset " + printable(charset) + " is not accepted";
            }
        }
        return null;
    }

    /** A header value as it may be echoed in a problem: printable ASCII only, at most 64 characters. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 64; i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
