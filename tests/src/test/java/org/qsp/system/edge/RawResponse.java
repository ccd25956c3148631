package org.qsp.system.edge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a server answered on the wire, or {@link #status} {@code -1} with {@link #failure} when it gave no answer (the
 * connection was reset or closed first).
 *
 * @param headers names lower-cased
 */
public record RawResponse(int status, Map<String, List<String>> headers, byte[] body, String failure) {

    static RawResponse noAnswer(String failure) {
        return new RawResponse(-1, Map.of(), new byte[0], failure);
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public String contentType() {
        String type = header("content-type");
        return type == null ? "" : type;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the server closes the connection after this answer, or the client must: an event stream never ends. */
    boolean closesConnection() {
        String connection = header("connection");
        return connection != null && connection.toLowerCase(Locale.ROOT).contains("close") || isEventStream(headers);
    }

    static boolean isEventStream(Map<String, List<String>> headers) {
        List<String> type = headers.get("content-type");
        return type != null && !type.isEmpty() && type.getFirst().toLowerCase(Locale.ROOT)
                .startsWith("text/event-stream");
    }
}
