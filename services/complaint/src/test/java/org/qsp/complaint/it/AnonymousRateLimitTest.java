package org.qsp.complaint.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.qsp.platform.test.TestUsccs;

/** Its own context (a limit of 3 per minute): reports without a token are limited, logged-in consumers are not. */
@TestPropertySource(properties = "qsp.complaint.anonymous-reports-per-minute=3")
class AnonymousRateLimitTest extends ComplaintIntegrationTest {

    @Test
    void anonymous_reports_beyond_the_limit_get_429_and_store_nothing_while_consumers_still_file() throws Exception {
        String body = json(report(TestUsccs.valid(COUNTY), COUNTY, null, null));
        for (int i = 0; i < 3; i++) {
            fileCase(report(TestUsccs.valid(COUNTY), COUNTY, null, null), null);
        }
        long before = storedCases();
        mvc.perform(post(CASES).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.code").value("rate-limited"));
        Assertions.assertThat(storedCases()).isEqualTo(before);
        fileCase(report(TestUsccs.valid(COUNTY), COUNTY, null, null), consumer("consumer-limited"));
        Assertions.assertThat(storedCases()).isEqualTo(before + 1);
    }
}
