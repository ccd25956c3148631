package org.qsp.system.edge;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket, for requests that {@code java.net.http} refuses to send (malformed escapes,
 * raw control bytes, duplicate or hand-made framing headers). Each thread keeps one kept-alive connection per server
 * and opens a new one when the server closed it; a stale connection (closed by the server while idle) is retried
 * once on a fresh one before anything was answered.
 */
public final class RawHttp {

    private static final int TIMEOUT_MS = 30_000;
    private static final int MAX_HEAD = 64 * 1024;
    private static final ThreadLocal<Map<String, Connection>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

    private RawHttp() {
    }

    private record Connection(Socket socket, InputStream in, OutputStream out) {
    }

    /** Sends the request to the server of {@code base} ({@code http://host:port}) and reads its whole answer. */
    public static RawResponse send(URI base, RawRequest request) {
        String key = base.getHost() + ":" + base.getPort();
        byte[] wire = request.render(key);
        for (int attempt = 0; ; attempt++) {
            Connection connection = null;
            boolean reused = CONNECTIONS.get().containsKey(key);
            try {
                connection = connection(key, base);
                try {
                    connection.out().write(wire);
                    connection.out().flush();
                } catch (IOException writeFailed) {
                    // the server may have answered (e.g. 413) and closed before taking the whole body: read that
                }
                RawResponse response = read(connection.in(), request.method());
                if (response.closesConnection() || response.status() < 0) {
                    close(key);
                }
                if (response.status() < 0 && reused && attempt == 0) {
                    continue;
                }
                return response;
            } catch (IOException e) {
                close(key);
                if (reused && attempt == 0) {
                    continue;
                }
                return RawResponse.noAnswer(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static Connection connection(String key, URI base) throws IOException {
        Connection open = CONNECTIONS.get().get(key);
        if (open != null) {
            return open;
        }
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.setTcpNoDelay(true);
        Connection made = new Connection(socket, new BufferedInputStream(socket.getInputStream()),
                socket.getOutputStream());
        CONNECTIONS.get().put(key, made);
        return made;
    }

    private static void close(String key) {
        Connection connection = CONNECTIONS.get().remove(key);
        if (connection != null) {
            try {
                connection.socket().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Reads one answer; a 1xx interim answer is skipped. */
    public static RawResponse read(InputStream in, String method) throws IOException {
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                return RawResponse.noAnswer("the connection closed before an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                return RawResponse.noAnswer("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            int size = 0;
            for (String line; (line = line(in)) != null && !line.isEmpty(); ) {
                size += line.length();
                if (size > MAX_HEAD) {
                    throw new IOException("answer head too large");
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
                }
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            byte[] body = method.equals("HEAD") || status == 204 || status == 304 ? new byte[0] : body(in, headers);
            return new RawResponse(status, headers, body, null);
        }
    }

    /**
     * The body; of an event stream, which never ends, only its first chunk (or what the first read gets), after
     * which the connection is closed ({@link RawResponse#closesConnection}).
     */
    private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
        List<String> encoding = headers.get("transfer-encoding");
        boolean chunked = encoding != null && encoding.getLast().toLowerCase(Locale.ROOT).contains("chunked");
        if (RawResponse.isEventStream(headers)) {
            return chunked ? firstChunk(in) : in.readNBytes(Math.max(1, in.available()));
        }
        if (chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in);
                if (sizeLine == null) {
                    throw new IOException("chunked answer ended early");
                }
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
                if (size == 0) {
                    for (String trailer; (trailer = line(in)) != null && !trailer.isEmpty(); ) {
                        // trailers are not looked at
                    }
                    return out.toByteArray();
                }
                out.writeBytes(in.readNBytes(size));
                line(in);
            }
        }
        List<String> length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length.getFirst()));
        }
        return in.readAllBytes();
    }

    private static byte[] firstChunk(InputStream in) throws IOException {
        String sizeLine = line(in);
        if (sizeLine == null) {
            return new byte[0];
        }
        int semicolon = sizeLine.indexOf(';');
        return in.readNBytes(Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(),
                16));
    }

    /** One line without its CR LF, as ISO-8859-1; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                byte[] bytes = out.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            out.write(b);
            if (out.size() > MAX_HEAD) {
                throw new IOException("line too long");
            }
        }
        return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
    }
}
