package org.qsp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One limit for every path, and a path of its own (a bulk import) with a larger one. */
class BodySizeLimitImportPathTest {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(10,
            Map.of("/api/x/v1/pool/enterprises:import", 100L));

    private MockHttpServletResponse send(String path, int bytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            chain.getRequest().getInputStream().readAllBytes();
        }
        return response;
    }

    @Test
    void the_import_path_takes_a_body_the_default_limit_refuses_and_only_that_path() throws Exception {
        assertThat(send("/api/x/v1/pool/enterprises:import", 100).getStatus()).isEqualTo(200);
        assertThat(send("/api/x/v1/pool/enterprises:import", 101).getStatus()).isEqualTo(413);
        assertThat(send("/api/x/v1/plans", 11).getStatus()).isEqualTo(413);
        assertThat(send("/api/x/v1/plans", 10).getStatus()).isEqualTo(200);
    }

    @Test
    void a_chunked_body_without_a_length_is_counted_against_its_paths_limit() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x/v1/pool/enterprises:import") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[101]);
        MockFilterChain chain = new MockFilterChain();
        assertThatThrownBy(() -> {
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            chain.getRequest().getInputStream().readAllBytes();
        }).isInstanceOf(BodySizeLimitFilter.BodyTooLarge.class);
    }
}
