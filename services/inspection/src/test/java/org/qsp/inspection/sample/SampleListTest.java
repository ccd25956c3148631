package org.qsp.inspection.sample;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * A regulator lists the samples of their region, filtered and paginated. Only this class samples
 * enterprises in Beijing (11xxxx), so its counts are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleListTest extends InspectionIntegrationTest {

    private static final String CHAOYANG = "110105";
    private static final String HAIDIAN = "110108";
    private String usccA;
    private String usccB;
    private String passedId;
    private String failedId;
    private String pendingId;
    private String haidianId;

    @BeforeAll
    void samplesInBeijing() throws Exception {
        usccA = TestUsccs.valid(CHAOYANG);
        usccB = TestUsccs.valid(HAIDIAN);
        passedId = sample(usccA, CHAOYANG, "2026-01-01T08:00:00Z");
        failedId = sample(usccA, CHAOYANG, "2026-01-02T08:00:00Z");
        pendingId = sample(usccA, CHAOYANG, "2026-01-03T08:00:00Z");
        haidianId = sample(usccB, HAIDIAN, "2026-01-04T08:00:00Z");
        putResult(passedId, result("PASS", item("铅", "PASS", true)), Tokens.lab("lab-1"))
                .andExpect(status().isCreated());
        putResult(failedId, result("FAIL", item("铅", "FAIL", true)), Tokens.lab("lab-1"))
                .andExpect(status().isCreated());
    }

    private String sample(String uscc, String region, String sampledAt) throws Exception {
        return sampled(form(uscc, region, "insp-a", "insp-b").put("sampledAt", sampledAt));
    }

    @Test
    void a_city_regulator_sees_its_districts_newest_sampling_first() throws Exception {
        list(Tokens.regulator("reg-bj", "110000"), "")
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(haidianId, pendingId, failedId, passedId)));
    }

    @Test
    void a_district_regulator_sees_only_its_district() throws Exception {
        list(Tokens.regulator("reg-hd", HAIDIAN), "")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(haidianId)));
        list(Tokens.regulator("reg-hd", HAIDIAN), "uscc=" + usccA)
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").value(empty()));
    }

    @Test
    void samples_are_filtered_by_enterprise_and_verdict() throws Exception {
        RequestPostProcessor regulator = Tokens.regulator("reg-bj", "110000");
        list(regulator, "uscc=" + usccA)
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(pendingId, failedId, passedId)));
        list(regulator, "uscc=" + usccA + "&verdict=FAIL")
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(failedId)))
                .andExpect(jsonPath("$.items[0].result.overallVerdict").value("FAIL"));
        list(regulator, "verdict=PASS")
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(passedId)));
    }

    @Test
    void pages_split_the_list_without_losing_or_repeating_samples() throws Exception {
        RequestPostProcessor regulator = Tokens.regulator("reg-bj", "110000");
        list(regulator, "size=3&page=0")
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(haidianId, pendingId, failedId)));
        list(regulator, "size=3&page=1")
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(passedId)));
    }

    @Test
    void bad_list_parameters_are_named() throws Exception {
        RequestPostProcessor regulator = Tokens.regulator("reg-bj", "110000");
        mvc.perform(get("/api/inspection/v1/samples?size=101").with(regulator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/inspection/v1/samples?page=-1").with(regulator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/inspection/v1/samples?verdict=MAYBE").with(regulator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"))
                .andExpect(jsonPath("$.errors[0].field").value("verdict"));
        mvc.perform(get("/api/inspection/v1/samples?uscc=not-a-uscc").with(regulator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"));
    }
}
