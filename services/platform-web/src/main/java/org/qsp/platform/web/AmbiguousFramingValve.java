package org.qsp.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.ByteChunk;
import org.apache.tomcat.util.buf.MessageBytes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Refuses a request whose head, as it came over the wire, frames it ambiguously ({@link RawHead}) with 400
 * problem+json {@code ambiguous-request} and closes the connection. A filter cannot tell: by the time it runs,
 * Tomcat has removed the {@code Content-Length} it ignored and joined the folded header. The head's bytes are
 * still in the connection's input buffer, which the request target's byte chunk points into; where it does not (a
 * protocol other than HTTP/1.1), there is nothing to check.
 */
public class AmbiguousFramingValve extends ValveBase {

    public AmbiguousFramingValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String problem = problem(request.getCoyoteRequest());
        if (problem != null) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            Problems.write(request, response, HttpStatus.BAD_REQUEST, "ambiguous-request", problem);
            return;
        }
        getNext().invoke(request, response);
    }

    /**
     * The request line's target points into the buffer (the method does not: Tomcat keeps known methods as strings);
     * the head starts at the beginning of that line.
     */
    static String problem(org.apache.coyote.Request request) {
        MessageBytes target = request.requestURI();
        ByteChunk chunk = target.getByteChunk();
        byte[] buffer = chunk.getBuffer();
        if (buffer == null || chunk.getLength() == 0 || !target.toString().equals(
                new String(buffer, chunk.getStart(), chunk.getLength(), StandardCharsets.ISO_8859_1))) {
            return null;
        }
        int start = chunk.getStart();
        while (start > 0 && buffer[start - 1] != '\n') {
            start--;
        }
        return RawHead.problem(buffer, start, buffer.length);
    }
}
