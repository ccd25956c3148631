package org.qsp.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

class BodilessOperationsTest {

    static class Operations {
        public String acknowledge(String id) {
            return id;
        }

        public String record(String id, @RequestBody String body) {
            return body;
        }
    }

    private final BodilessOperations interceptor = new BodilessOperations();

    @Test
    void an_operation_without_a_body_refuses_a_request_that_brings_one() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean handled = interceptor.preHandle(withBody("{\"a\":1}"), response, handler("acknowledge", String.class));

        assertThat(handled).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"unexpected-body\"");
    }

    @Test
    void a_chunked_body_counts_as_a_body() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.addHeader("Transfer-Encoding", "chunked");

        assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), handler("acknowledge", String.class)))
                .isFalse();
    }

    @Test
    void an_operation_without_a_body_takes_a_request_without_one_and_an_operation_with_a_body_takes_it()
            throws Exception {
        assertThat(interceptor.preHandle(new MockHttpServletRequest("POST", "/x"), new MockHttpServletResponse(),
                handler("acknowledge", String.class))).isTrue();
        assertThat(interceptor.preHandle(withBody("{}"), new MockHttpServletResponse(),
                handler("record", String.class, String.class))).isTrue();
    }

    private static MockHttpServletRequest withBody(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setContent(body.getBytes());
        request.setContentType("application/json");
        return request;
    }

    private static HandlerMethod handler(String name, Class<?>... parameters) throws NoSuchMethodException {
        return new HandlerMethod(new Operations(), Operations.class.getMethod(name, parameters));
    }
}
