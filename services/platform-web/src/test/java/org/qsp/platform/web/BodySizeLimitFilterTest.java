package org.qsp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodySizeLimitFilterTest {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(64,
            Map.of("/api/inspection/v1/samples/*/photos/*", 1000L));

    @Test
    void a_path_with_a_limit_of_its_own_gets_it_and_every_other_path_the_default() {
        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1/photos/p-1")).isEqualTo(1000);
        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1/photos")).isEqualTo(64);
        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1")).isEqualTo(64);
        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1/photos/p-1/x")).isEqualTo(64);
    }

    @Test
    void a_declared_length_over_the_paths_limit_is_refused_before_the_body_is_read() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(put("/api/inspection/v1/samples/s-1/photos/p-1", 1001), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("payload-too-large");
        assertThat(chain.getRequest()).isNull();

        var allowed = new MockHttpServletResponse();
        var passed = new MockFilterChain();
        filter.doFilter(put("/api/inspection/v1/samples/s-1/photos/p-1", 1000), allowed, passed);
        assertThat(passed.getRequest()).isNotNull();
        assertThat(passed.getRequest().getInputStream().readAllBytes()).hasSize(1000);

        var elsewhere = new MockHttpServletResponse();
        filter.doFilter(put("/api/inspection/v1/samples/s-1", 65), elsewhere, new MockFilterChain());
        assertThat(elsewhere.getStatus()).isEqualTo(413);
    }

    @Test
    void a_body_without_a_declared_length_is_counted_against_the_paths_limit() throws Exception {
        var request = new MockHttpServletRequest("PUT", "/api/inspection/v1/samples/s-1/photos/p-1") {
            @Override
            public long getContentLengthLong() {
                return -1;   // chunked
            }
        };
        request.setContent(new byte[1001]);
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        var in = chain.getRequest().getInputStream();
        assertThatThrownBy(in::readAllBytes).isInstanceOf(BodySizeLimitFilter.BodyTooLarge.class);
    }

    private static MockHttpServletRequest put(String path, int bytes) {
        var request = new MockHttpServletRequest("PUT", path);
        request.setContentType("image/jpeg");
        request.setContent(new byte[bytes]);
        return request;
    }
}
