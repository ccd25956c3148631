package org.qsp.system.edge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.1 request exactly as it goes on the wire: the request line's target is sent verbatim (malformed
 * escapes, raw bytes and all), headers in order and as given (twice, with control characters, …), and the body as
 * bytes. {@code Host} and, unless {@link #handFramed}, {@code Content-Length} are added when rendering.
 *
 * @param method       the method token as sent
 * @param target       the request target (path and query) as sent, bytes taken as ISO-8859-1 chars
 * @param version      the protocol version token, normally {@code HTTP/1.1}
 * @param headers      name and value pairs, in order
 * @param body         the body bytes (empty for none)
 * @param handFramed   true when the headers already frame the body (Content-Length or Transfer-Encoding as given)
 */
public record RawRequest(String method, String target, String version, List<Map.Entry<String, String>> headers,
        byte[] body, boolean handFramed) {

    public RawRequest {
        headers = List.copyOf(headers);
    }

    public static RawRequest of(String method, String target) {
        return new RawRequest(method, target, "HTTP/1.1", List.of(), new byte[0], false);
    }

    public RawRequest header(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new RawRequest(method, target, version, more, body, handFramed);
    }

    /** The request without any header of that name (case-insensitive). */
    public RawRequest without(String name) {
        return new RawRequest(method, target, version,
                headers.stream().filter(h -> !h.getKey().equalsIgnoreCase(name)).toList(), body, handFramed);
    }

    public RawRequest replacing(String name, String value) {
        return without(name).header(name, value);
    }

    public RawRequest body(byte[] bytes) {
        return new RawRequest(method, target, version, headers, bytes, handFramed);
    }

    public RawRequest body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    public RawRequest target(String newTarget) {
        return new RawRequest(method, newTarget, version, headers, body, handFramed);
    }

    public RawRequest method(String newMethod) {
        return new RawRequest(newMethod, target, version, headers, body, handFramed);
    }

    public RawRequest version(String newVersion) {
        return new RawRequest(method, target, newVersion, headers, body, handFramed);
    }

    /** The body is framed by the headers given (Content-Length or Transfer-Encoding), none is added. */
    public RawRequest framedByHand() {
        return new RawRequest(method, target, version, headers, body, true);
    }

    public boolean hasHeader(String name) {
        return headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name));
    }

    /** The bytes on the wire for a server at {@code host}. */
    byte[] render(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        line(out, method + " " + target + " " + version);
        if (!hasHeader("Host")) {
            line(out, "Host: " + host);
        }
        headers.forEach(h -> line(out, h.getKey() + ": " + h.getValue()));
        if (!handFramed && (body.length > 0 || method.equals("POST") || method.equals("PUT"))) {
            line(out, "Content-Length: " + body.length);
        }
        line(out, "");
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {'\r', '\n'});
    }
}
