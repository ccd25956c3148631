package org.qsp.gateway.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Drops the connection of a response that is closed before its body ended, instead of reading the rest. Spring's
 * Apache client response drains what is left on close, to reuse the connection; a body that never ends (a stream of
 * Server-Sent Events whose viewer closed the page) would then hold the request's thread and a pooled connection until
 * the service ended it. A body read to its end has already given its connection back to the pool, so aborting it
 * does nothing and keep-alive is unchanged; any other body is dropped (a client that left mid-download costs one
 * connection, not the rest of the download).
 */
final class AbortingRequestFactory implements ClientHttpRequestFactory {

    private final ClientHttpRequestFactory delegate;

    AbortingRequestFactory(ClientHttpRequestFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        return new Request(delegate.createRequest(uri, httpMethod));
    }

    /** The delegate's request; a streaming body goes to it as it is (never buffered here). */
    private record Request(ClientHttpRequest delegate) implements ClientHttpRequest, StreamingHttpOutputMessage {

        @Override
        public ClientHttpResponse execute() throws IOException {
            return new Response(delegate.execute());
        }

        @Override
        public void setBody(Body body) {
            if (delegate instanceof StreamingHttpOutputMessage streaming) {
                streaming.setBody(body);
            } else {
                try {
                    body.writeTo(delegate.getBody());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public OutputStream getBody() throws IOException {
            return delegate.getBody();
        }

        @Override
        public HttpHeaders getHeaders() {
            return delegate.getHeaders();
        }

        @Override
        public HttpMethod getMethod() {
            return delegate.getMethod();
        }

        @Override
        public URI getURI() {
            return delegate.getURI();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return delegate.getAttributes();
        }
    }

    private static final class Response implements ClientHttpResponse {

        private final ClientHttpResponse delegate;
        private InputStream body;

        Response(ClientHttpResponse delegate) {
            this.delegate = delegate;
        }

        @Override
        public InputStream getBody() throws IOException {
            if (body == null) {
                body = delegate.getBody();
            }
            return body;
        }

        @Override
        public void close() {
            if (body instanceof EofSensorInputStream unfinished) {
                try {
                    unfinished.abort();
                } catch (IOException alreadyGone) {
                    // the connection is closed either way
                }
            }
            delegate.close();
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return delegate.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return delegate.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return delegate.getHeaders();
        }
    }
}
