package org.qsp.platform.web;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error answers as problem+json instead of its HTML report: what the container refuses before any
 * filter runs (bytes that are not allowed in a URL, {@code %00} in the path, headers beyond the limit, a bad
 * {@code Content-Length}). Installed as the host's error report valve by {@link WebEdgeAutoConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (statusCode == HttpStatus.NOT_IMPLEMENTED.value()
                || statusCode == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
            // Tomcat's answer to a transfer coding it does not know (501) or a protocol version it does not speak
            // (505): the client's fault, so a 4xx like every other malformed request (RFC 9112 allows 501 and 505
            // here; QSP answers every bad request with a 4xx)
            statusCode = HttpStatus.BAD_REQUEST.value();
            response.setStatus(statusCode);
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem = Problems.problem(status, Problems.codeFor(statusCode),
                ProblemErrorController.detail(status), null, null);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            byte[] body = Problems.json(problem);
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more can be told
        }
    }
}
