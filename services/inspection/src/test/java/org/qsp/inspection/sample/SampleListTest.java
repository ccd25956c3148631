package org.qsp.inspection.sample;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        passedId = sample(usccA, CHAOYANG, daysAgo(4));
        failedId = sample(usccA, CHAOYANG, daysAgo(3));
        pendingId = sample(usccA, CHAOYANG, daysAgo(2));
        haidianId = sample(usccB, HAIDIAN, daysAgo(1));
        putResult(passedId, result("PASS", item("铅", "PASS", true)), Tokens.lab("lab-1"))
                .andExpect(status().isCreated());
        putResult(failedId, result("FAIL", item("铅", "FAIL", true)), Tokens.lab("lab-1"))
                .andExpect(status().isCreated());
    }

    private String sample(String uscc, String region, String sampledAt) throws Exception {
        return sampled(form(uscc, region, "insp-a", "insp-b").put("sampledAt", sampledAt));
    }

    /** Within the sampling horizon whenever the test runs. */
    private static String daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void a_region_filter_narrows_the_list_within_the_regulators_area_and_never_beyond_it() throws Exception {
        list(Tokens.regulator("reg-bj", "110000"), "region=" + HAIDIAN)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(haidianId)));
        list(Tokens.regulator("reg-cn", "100000"), "region=110000")
                .andExpect(jsonPath("$.total").value(4));
        list(Tokens.regulator("reg-hd", HAIDIAN), "region=110000")
                .andExpect(jsonPath("$.items[*].sampleId").value(contains(haidianId)));
        list(Tokens.regulator("reg-hd", HAIDIAN), "region=" + CHAOYANG)
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").value(empty()));
    }

    @ParameterizedTest(name = "region={0} is refused")
    @ValueSource(strings = {"000000", "999999", "110199", "1101", "abcdef"})
    void a_region_filter_that_is_no_real_region_is_named(String region) throws Exception {
        mvc.perform(get("/api/inspection/v1/samples?region=" + region).with(Tokens.regulator("reg-bj", "110000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("region"));
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
