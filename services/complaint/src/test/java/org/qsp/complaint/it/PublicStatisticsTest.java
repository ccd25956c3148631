package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

class PublicStatisticsTest extends ComplaintIntegrationTest {

    private static final String COUNTY_FOR_STATS = "330411";

    @Test
    void a_business_s_complaints_accepted_and_settled_are_published_by_quarter_without_personal_data() throws Exception {
        String uscc = TestUsccs.valid(COUNTY_FOR_STATS);
        var regulator = org.qsp.platform.test.Tokens.regulator("jx", COUNTY_FOR_STATS);
        kit.clock().set(at("2026-03-02T02:00:00Z"));
        String settled = fileCase(complaint(uscc, COUNTY_FOR_STATS), consumer("consumer-stats"));
        postJson(CASES + "/" + settled + "/decision", Map.of("decision", "ACCEPT"), regulator);
        postJson(CASES + "/" + settled + "/mediation/consent", null, consumer("consumer-stats"));
        postJson(CASES + "/" + settled + "/mediation/consent", null,
                org.qsp.platform.test.Tokens.enterprise("e", uscc));
        postJson(CASES + "/" + settled + "/mediation/conclusion", Map.of("outcome", "SETTLED"), regulator);
        kit.clock().set(at("2026-04-02T02:00:00Z"));
        String failed = fileCase(complaint(uscc, COUNTY_FOR_STATS), consumer("consumer-stats"));
        postJson(CASES + "/" + failed + "/decision", Map.of("decision", "ACCEPT"), regulator);
        fileCase(complaint(uscc, COUNTY_FOR_STATS), consumer("consumer-stats"));
        fileCase(report(uscc, COUNTY_FOR_STATS, "钱七", "13500135000"), consumer("consumer-stats"));

        String body = mvc.perform(get("/api/complaint/v1/public/businesses/" + uscc + "/stats"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode stats = read(body);
        assertThat(stats.get("total").get("complaints").asLong()).isEqualTo(3);
        assertThat(stats.get("total").get("accepted").asLong()).isEqualTo(2);
        assertThat(stats.get("total").get("settled").asLong()).isEqualTo(1);
        assertThat(stats.get("total").get("resolutionRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(texts(stats.get("quarters"), "quarter")).containsExactly("2026-Q1", "2026-Q2");
        assertThat(stats.get("quarters").get(1).get("counts").get("complaints").asLong()).isEqualTo(2);
        assertThat(body).doesNotContain("张三", "13800138000", "钱七");

        JsonNode top = read(mvc.perform(get("/api/complaint/v1/public/regions/330400/top-businesses?limit=5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(top.get(0).get("uscc").asString()).isEqualTo(uscc);
        assertThat(top.get(0).get("complaints").asLong()).isEqualTo(3);

        mvc.perform(get("/api/complaint/v1/public/businesses/not-a-uscc/stats")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"));
        mvc.perform(get("/api/complaint/v1/public/regions/33/top-businesses")).andExpect(status().isBadRequest());
    }
}
