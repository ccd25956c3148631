package org.qsp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

class ProblemHandlerTest {

    static class Streams {
        public void stream() {
        }
    }

    private final ExceptionHandlerExceptionResolver resolver = resolver();

    @Test
    void a_client_that_went_away_from_an_event_stream_gets_nothing_written_and_is_not_an_error() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView resolved = resolver.resolveException(request(), response, handler(),
                new AsyncRequestNotUsableException("Servlet container error notification for disconnected client"));

        assertThat(resolved).as("the exception is handled, not passed on to the container").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void any_other_failure_is_still_a_500_problem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.resolveException(request(), response, handler(), new IllegalStateException("boom"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("\"code\":\"internal-error\"");
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/monitor/v1/stream");
        request.addHeader("Accept", "application/json");
        return request;
    }

    private static HandlerMethod handler() throws NoSuchMethodException {
        return new HandlerMethod(new Streams(), Streams.class.getMethod("stream"));
    }

    private static ExceptionHandlerExceptionResolver resolver() {
        StaticApplicationContext context = new StaticApplicationContext();
        context.registerSingleton("problemHandler", ProblemHandler.class);
        context.refresh();
        ExceptionHandlerExceptionResolver resolver = new ExceptionHandlerExceptionResolver();
        resolver.setApplicationContext(context);
        resolver.setMessageConverters(List.of(new JacksonJsonHttpMessageConverter()));
        resolver.afterPropertiesSet();
        return resolver;
    }
}
