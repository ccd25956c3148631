package org.qsp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

class AcceptableAnswersTest {

    static class Operations {
        public String record(String id) {
            return id;
        }
    }

    private final AcceptableAnswers interceptor = new AcceptableAnswers();

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml", "image/png", "text/event-stream", "application/json;q=0",
            "*/*;q=0", "text/html, application/xhtml+xml"})
    void an_accept_that_no_json_answer_satisfies_is_refused_with_406_before_the_operation_runs(String accept)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(interceptor.preHandle(accepting(accept), response, handler())).isFalse();
        assertThat(response.getStatus()).isEqualTo(406);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"not-acceptable\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {";;;", "application/json;q=abc", "application/json;q=2", "application", "/json"})
    void an_accept_that_is_not_a_list_of_media_types_is_refused_with_406(String accept) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(interceptor.preHandle(accepting(accept), response, handler())).isFalse();
        assertThat(response.getStatus()).isEqualTo(406);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json, application/problem+json", "*/*", "application/*",
            "text/html;q=0.9, application/json;q=0.1", "application/problem+json"})
    void an_accept_that_json_satisfies_passes(String accept) throws Exception {
        assertThat(interceptor.preHandle(accepting(accept), new MockHttpServletResponse(), handler())).isTrue();
    }

    @Test
    void no_accept_passes_and_a_declared_produces_is_what_is_checked() throws Exception {
        assertThat(interceptor.preHandle(new MockHttpServletRequest("PUT", "/x"), new MockHttpServletResponse(),
                handler())).isTrue();
        MockHttpServletRequest stream = accepting("text/event-stream");
        stream.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_EVENT_STREAM));
        assertThat(interceptor.preHandle(stream, new MockHttpServletResponse(), handler())).isTrue();
    }

    @Test
    void handlers_outside_qsp_negotiate_as_spring_does() throws Exception {
        HandlerMethod foreign = new HandlerMethod(new StringBuilder(), StringBuilder.class.getMethod("toString"));

        assertThat(interceptor.preHandle(accepting("text/html"), new MockHttpServletResponse(), foreign)).isTrue();
    }

    private static MockHttpServletRequest accepting(String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/x");
        request.addHeader("Accept", accept);
        return request;
    }

    private static HandlerMethod handler() throws NoSuchMethodException {
        return new HandlerMethod(new Operations(), Operations.class.getMethod("record", String.class));
    }
}
