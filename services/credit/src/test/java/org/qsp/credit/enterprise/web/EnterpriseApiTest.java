package org.qsp.credit.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

class EnterpriseApiTest extends CreditIntegrationTest {

    static final String PATH = "/api/credit/v1/enterprises";
    /** Nanjing (320100) and its districts, Suzhou (3205), Ningbo (3302): no other test class uses them. */
    static final String NANJING = "320100";

    static final String ALPHA = TestUsccs.valid("320102");
    static final String BETA = TestUsccs.valid("320106");
    static final String SUZHOU = TestUsccs.valid("320506");
    static final String HANGZHOU = TestUsccs.valid("330100");
    static final String NINGBO = TestUsccs.valid("330203");
    static final String SHENZHEN = TestUsccs.valid("440300");
    static final String UNKNOWN = TestUsccs.valid("320102");
    static final Map<String, String> BY_NAME = Map.of("alpha", ALPHA, "beta", BETA, "suzhou", SUZHOU,
            "hangzhou", HANGZHOU, "ningbo", NINGBO, "shenzhen", SHENZHEN);

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    /** Seeded through the use case with fixed event ids: running it again changes nothing. */
    @BeforeEach
    void seed() {
        sampleFailed("alpha-1", failed("S-alpha", ALPHA, "320102", false));
        recording.taskOverdue(event(EventCatalog.RECTIFICATION_TASK_OVERDUE, "alpha-2", "RT-S-alpha",
                new RectificationTaskOverdue("RT-S-alpha", ALPHA, LocalDate.of(2026, 5, 1),
                        ContractFixtures.AT.plusSeconds(86_400))));
        sampleFailed("beta-1", failed("S-beta", BETA, "320106", true));
        sampleFailed("suzhou-1", failed("S-suzhou", SUZHOU, "320506", false));
        sampleFailed("hangzhou-1", failed("S-hangzhou", HANGZHOU, "330100", false));
        sampleFailed("ningbo-1", failed("S-ningbo", NINGBO, "330203", false));
        sampleFailed("shenzhen-1", failed("S-sz", SHENZHEN, "440300", false));
    }

    @ParameterizedTest(name = "a regulator of {0} sees [{1}] and not [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            100000 | alpha beta suzhou hangzhou ningbo shenzhen |
            320000 | alpha beta suzhou                          | hangzhou ningbo shenzhen
            330000 | hangzhou ningbo                            | alpha beta suzhou shenzhen
            320100 | alpha beta                                 | suzhou hangzhou ningbo shenzhen
            330100 | hangzhou                                   | ningbo alpha
            320106 | beta                                       | alpha suzhou
            440000 | shenzhen                                   | alpha hangzhou ningbo
            """)
    void a_regulator_sees_the_files_and_list_of_the_regions_it_supervises_and_no_others(String region,
            String visible, String hidden) throws Exception {
        var regulator = Tokens.regulator("r-" + region, region);
        var list = mvc.perform(get(PATH).param("size", "100").with(regulator)).andExpect(status().isOk());
        for (String uscc : firms(visible)) {
            list.andExpect(jsonPath("$.items[*].uscc").value(hasItem(uscc)));
            expect(get(PATH + "/" + uscc), regulator, 200, null);
        }
        for (String uscc : firms(hidden)) {
            list.andExpect(jsonPath("$.items[*].uscc").value(not(hasItem(uscc))));
            expect(get(PATH + "/" + uscc), regulator, 404, "not-found");
        }
    }

    @Test
    void a_regulator_of_the_region_sees_score_class_explanation_and_records_newest_first() throws Exception {
        mvc.perform(get(PATH + "/" + ALPHA).with(Tokens.regulator("r-js", "320000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(ALPHA))
                .andExpect(jsonPath("$.name").value("示例企业 " + ALPHA))
                .andExpect(jsonPath("$.region").value("320102"))
                .andExpect(jsonPath("$.score").value(65))
                .andExpect(jsonPath("$.unboundedScore").value(65))
                .andExpect(jsonPath("$.bound").doesNotExist())
                .andExpect(jsonPath("$.dataQualityFlags").value(0))
                .andExpect(jsonPath("$.riskClass").value("C"))
                .andExpect(jsonPath("$.explanation[*].type").value(contains("SAMPLE_FAILED", "RECTIFICATION_OVERDUE")))
                .andExpect(jsonPath("$.explanation[*].records").value(contains(1, 1)))
                .andExpect(jsonPath("$.explanation[*].pointsEach").value(contains(-15, -20)))
                .andExpect(jsonPath("$.explanation[*].points").value(contains(-15, -20)))
                .andExpect(jsonPath("$.records[*].type").value(contains("RECTIFICATION_OVERDUE", "SAMPLE_FAILED")))
                .andExpect(jsonPath("$.records[*].points").value(contains(-20, -15)))
                .andExpect(jsonPath("$.records[0].id").value("/qsp/rectification/alpha-2"))
                .andExpect(jsonPath("$.records[1].sourceId").value("S-alpha"))
                .andExpect(jsonPath("$.records[1].occurredAt").value("2026-03-02T08:00:00Z"))
                .andExpect(jsonPath("$.recordsTotal").value(2));
    }

    @Test
    void the_records_of_a_file_page_newest_first_with_points_for_regulators_only() throws Exception {
        mvc.perform(get(PATH + "/" + ALPHA + "/records").param("size", "1").param("page", "1")
                        .with(Tokens.regulator("r-js", "320000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type").value(contains("SAMPLE_FAILED")))
                .andExpect(jsonPath("$.items[0].points").value(-15))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(get(PATH + "/" + ALPHA + "/records").with(Tokens.enterprise("e-alpha", ALPHA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type").value(contains("RECTIFICATION_OVERDUE", "SAMPLE_FAILED")))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(content().string(not(containsString("points"))));
        expect(get(PATH + "/" + ALPHA + "/records"), Tokens.enterprise("e-beta", BETA), 404, "not-found");
        expect(get(PATH + "/" + ALPHA + "/records"), Tokens.regulator("r-zj", "330000"), 404, "not-found");
        expect(get(PATH + "/" + ALPHA + "/records"), Tokens.inspector("i1", "320100"), 403, "forbidden");
        var regulator = Tokens.regulator("r-nj", NANJING);
        expectField(get(PATH + "/" + ALPHA + "/records").param("size", "0"), regulator, "validation-failed", "size");
        expectField(get(PATH + "/" + ALPHA + "/records").param("size", "1001"), regulator, "validation-failed",
                "size");
        expectField(get(PATH + "/" + ALPHA + "/records").param("page", "-1"), regulator, "validation-failed",
                "page");
    }

    @Test
    void an_enterprise_sees_its_own_records_and_score_but_never_its_risk_class() throws Exception {
        mvc.perform(get(PATH + "/" + ALPHA).with(Tokens.enterprise("e-alpha", ALPHA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(ALPHA))
                .andExpect(jsonPath("$.score").value(65))
                .andExpect(jsonPath("$.records.length()").value(2))
                .andExpect(jsonPath("$.recordsTotal").value(2))
                .andExpect(jsonPath("$.riskClass").doesNotExist())
                .andExpect(jsonPath("$.explanation").doesNotExist())
                .andExpect(content().string(not(containsString("riskClass"))))
                .andExpect(content().string(not(containsString("points"))));
    }

    @Test
    void callers_outside_the_file_are_refused_without_learning_whether_it_exists() throws Exception {
        expect(get(PATH + "/" + ALPHA), null, 401, "unauthorized");
        expect(get(PATH), null, 401, "unauthorized");
        expect(get(PATH + "/" + ALPHA), Tokens.inspector("i1", "320100"), 403, "forbidden");
        expect(get(PATH + "/" + ALPHA), Tokens.consumer("c1"), 403, "forbidden");
        expect(get(PATH + "/" + ALPHA), Tokens.lab("lab1"), 403, "forbidden");
        expect(get(PATH + "/" + ALPHA), Tokens.enterprise("e-beta", BETA), 404, "not-found");
        expect(get(PATH + "/" + ALPHA), Tokens.token("r-none", List.of("REGULATOR"), null, null), 404,
                "not-found");
        expect(get(PATH), Tokens.enterprise("e-alpha", ALPHA), 403, "forbidden");
        expect(get(PATH), Tokens.inspector("i1", "320100"), 403, "forbidden");
        expect(get(PATH), Tokens.token("r-none", List.of("REGULATOR"), null, null), 403, "claim-missing");
    }

    @Test
    void an_unknown_enterprise_is_not_found_even_by_its_own_users() throws Exception {
        expect(get(PATH + "/" + UNKNOWN), Tokens.regulator("r-js", "320000"), 404, "not-found");
        expect(get(PATH + "/" + UNKNOWN), Tokens.enterprise("e-unknown", UNKNOWN), 404, "not-found");
    }

    @Test
    void a_regulator_lists_the_enterprises_of_their_region_riskiest_first() throws Exception {
        mvc.perform(get(PATH).with(Tokens.regulator("r-nj", NANJING)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].uscc").value(contains(ALPHA, BETA)))
                .andExpect(jsonPath("$.items[*].riskClass").value(contains("C", "C")))
                .andExpect(jsonPath("$.items[*].score").value(contains(65, 70)))
                .andExpect(jsonPath("$.items[*].region").value(contains("320102", "320106")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void a_region_filter_narrows_the_list_within_the_regulators_region_and_never_beyond_it() throws Exception {
        mvc.perform(get(PATH).param("region", "320106").with(Tokens.regulator("r-js", "320000")))
                .andExpect(jsonPath("$.items[*].uscc").value(contains(BETA)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(PATH).param("region", "320000").with(Tokens.regulator("r-nj", NANJING)))
                .andExpect(jsonPath("$.items[*].uscc").value(contains(ALPHA, BETA)));
        mvc.perform(get(PATH).param("region", "330100").with(Tokens.regulator("r-nj", NANJING)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        for (String unknown : List.of("000000", "999999", "320199", "3201")) {
            expectField(get(PATH).param("region", unknown), Tokens.regulator("r-nj", NANJING), "validation-failed",
                    "region");
        }
    }

    /** Chongqing (50): only this test places an enterprise there. */
    @Test
    void a_score_held_at_the_floor_still_lists_and_explains_every_record() throws Exception {
        String floored = TestUsccs.valid("500101");
        for (int i = 0; i < 5; i++) {
            sampleFailed("cq-" + i, failed("S-cq-" + i, floored, "500101", true));
        }

        mvc.perform(get(PATH + "/" + floored).with(Tokens.regulator("r-cq", "500000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(0))
                .andExpect(jsonPath("$.unboundedScore").value(100 - 5 * 30))
                .andExpect(jsonPath("$.bound").value("FLOOR"))
                .andExpect(jsonPath("$.riskClass").value("D"))
                .andExpect(jsonPath("$.explanation[*].type").value(contains("SAMPLE_FAILED_SAFETY")))
                .andExpect(jsonPath("$.explanation[0].records").value(5))
                .andExpect(jsonPath("$.explanation[0].points").value(-150))
                .andExpect(jsonPath("$.records.length()").value(5))
                .andExpect(jsonPath("$.records[*].points").value(contains(-30, -30, -30, -30, -30)))
                .andExpect(jsonPath("$.recordsTotal").value(5));
        mvc.perform(get(PATH + "/" + floored).with(Tokens.enterprise("e-cq", floored)))
                .andExpect(jsonPath("$.score").value(0))
                .andExpect(jsonPath("$.records.length()").value(5))
                .andExpect(jsonPath("$.unboundedScore").doesNotExist());
    }

    @Test
    void the_list_filters_by_class_and_pages() throws Exception {
        mvc.perform(get(PATH).param("riskClass", "C").param("size", "1").param("page", "1")
                        .with(Tokens.regulator("r-nj", NANJING)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].uscc").value(contains(BETA)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get(PATH).param("riskClass", "B").with(Tokens.regulator("r-nj", NANJING)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field_and_changes_nothing() throws Exception {
        long enterprisesBefore = mongo.count(new Query(), Enterprise.class);
        long recordsBefore = mongo.count(new Query(), CreditRecord.class);
        var regulator = Tokens.regulator("r-nj", NANJING);

        expectField(get(PATH + "/91320102MA000000I1"), regulator, "validation-failed", "uscc");
        expectField(get(PATH + "/" + ALPHA.substring(0, 17) + flip(ALPHA.charAt(17))), regulator,
                "validation-failed", "uscc");
        expectField(get(PATH + "/short"), Tokens.enterprise("e-alpha", ALPHA), "validation-failed", "uscc");
        expectField(get(PATH).param("size", "0"), regulator, "validation-failed", "size");
        expectField(get(PATH).param("size", "101"), regulator, "validation-failed", "size");
        expectField(get(PATH).param("size", "many"), regulator, "malformed-request", "size");
        expectField(get(PATH).param("page", "-1"), regulator, "validation-failed", "page");
        expectField(get(PATH).param("riskClass", "E"), regulator, "malformed-request", "riskClass");
        mvc.perform(get(PATH).with(regulator).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filler\":\"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));

        assertThat(mongo.count(new Query(), Enterprise.class)).isEqualTo(enterprisesBefore);
        assertThat(mongo.count(new Query(), CreditRecord.class)).isEqualTo(recordsBefore);
    }

    @Test
    void the_api_describes_itself_for_the_gateway_swagger_ui() throws Exception {
        mvc.perform(get("/api/credit/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/credit/v1/enterprises/{uscc}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/credit/v1/enterprises/{uscc}/records'].get").exists())
                .andExpect(jsonPath("$.paths['/api/credit/v1/enterprises'].get").exists());
    }

    private void expect(MockHttpServletRequestBuilder request, RequestPostProcessor token, int status, String code)
            throws Exception {
        var result = mvc.perform(token == null ? request : request.with(token)).andExpect(status().is(status));
        if (code != null) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value(code));
        }
    }

    private void expectField(MockHttpServletRequestBuilder request, RequestPostProcessor token, String code,
            String field) throws Exception {
        mvc.perform(request.with(token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private static char flip(char check) {
        return check == '0' ? '1' : '0';
    }

    private void sampleFailed(String eventId, SampleFinalized failed) {
        recording.sampleFinalized(event(EventCatalog.SAMPLE_FINALIZED, eventId, failed.sampleId(), failed));
    }

    private static List<String> firms(String names) {
        return names == null ? List.of() : Arrays.stream(names.trim().split("\\s+")).map(BY_NAME::get).toList();
    }

    private static SampleFinalized failed(String sampleId, String uscc, String region, boolean safety) {
        return ContractFixtures.finalFail(sampleId, new EnterpriseRef(uscc, "示例企业 " + uscc, region), safety);
    }
}
