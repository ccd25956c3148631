package org.qsp.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What is wrong with a request's head (its request line and header lines) as it came over the wire, before Tomcat
 * tidied it up: Tomcat drops {@code Content-Length} when {@code Transfer-Encoding} is there too (RFC 9112 §6.3 lets
 * a server do that and read by the transfer coding). Two readers of one request, the gateway and a service, or a
 * proxy in front of both, may frame it differently; QSP refuses it (400 {@code ambiguous-request}). A header folded
 * over lines (obs-fold) is not looked for: Tomcat replaces the fold with spaces in place (§5.2 allows that), so
 * every reader after it sees one line.
 */
final class RawHead {

    private static final int MAX_HEAD = 64 * 1024;

    private RawHead() {
    }

    /** The problem with the head that starts at {@code start} in {@code bytes}, or null when there is none. */
    static String problem(byte[] bytes, int start, int end) {
        boolean contentLength = false;
        boolean transferEncoding = false;
        int limit = Math.min(end, start + MAX_HEAD);
        int line = start;
        boolean requestLine = true;
        while (line < limit) {
            int next = line;
            while (next < limit && bytes[next] != '\n') {
                next++;
            }
            int stop = next > line && bytes[next - 1] == '\r' ? next - 1 : next;
            if (stop == line) {
                break;
            }
            if (!requestLine) {
                String name = name(bytes, line, stop);
                contentLength |= name.equals("content-length");
                transferEncoding |= name.equals("transfer-encoding");
            }
            requestLine = false;
            line = next + 1;
        }
        return contentLength && transferEncoding
                ? "a request must not have both Content-Length and Transfer-Encoding" : null;
    }

    private static String name(byte[] bytes, int from, int to) {
        int colon = from;
        while (colon < to && bytes[colon] != ':') {
            colon++;
        }
        return new String(bytes, from, colon - from, StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
    }
}
