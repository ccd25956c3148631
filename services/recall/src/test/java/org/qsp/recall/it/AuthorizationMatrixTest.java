package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.recall.recalls.RecallStatus;

/**
 * Who sees and does what: an enterprise only its own investigations and recalls, a regulator only its region (the
 * city, the province and the nation above it), anyone the public feed; no token 401, a role that may never call an
 * endpoint 403, someone else's lead, investigation or recall 404.
 */
class AuthorizationMatrixTest extends RecallIntegrationTest {

    private static final String OTHER_COUNTY = "330381";
    private final String uscc = TestUsccs.valid(COUNTY);
    private final String otherUscc = TestUsccs.valid(OTHER_COUNTY);
    private String lead;
    private String investigation;
    private String recall;

    @BeforeEach
    void prepare() throws Exception {
        lead = leadFor(uscc);
        investigation = investigationOf(uscc);
        recall = ongoingRecall(uscc);
    }

    @ParameterizedTest(name = "{0}: lead {1}, investigation {2}, recall {3}")
    @CsvSource(delimiter = '|', value = {
            "owner enterprise       | 403 | 200 | 200",
            "other enterprise       | 403 | 404 | 404",
            "county regulator       | 200 | 200 | 200",
            "city regulator         | 200 | 200 | 200",
            "provincial regulator   | 200 | 200 | 200",
            "national regulator     | 200 | 200 | 200",
            "other county regulator | 404 | 404 | 404",
            "other province         | 404 | 404 | 404",
            "inspector              | 403 | 403 | 403",
            "consumer               | 403 | 403 | 403",
            "admin                  | 403 | 403 | 403",
            "anonymous              | 401 | 401 | 401"})
    void each_caller_reads_only_what_concerns_it(String who, int leadStatus, int investigationStatus,
            int recallStatus) throws Exception {
        expect(get(LEADS + "/" + lead), null, caller(who), leadStatus);
        expect(get(INVESTIGATIONS + "/" + investigation), null, caller(who), investigationStatus);
        expect(get(RECALLS + "/" + recall), null, caller(who), recallStatus);
        letTheFeedSettle();
        expect(get(FEED + "/" + recall), null, caller(who), 200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "other enterprise       | 404 | 403 | 403",
            "owner enterprise       | 200 | 403 | 403",
            "other county regulator | 403 | 404 | 404",
            "county regulator       | 403 | 200 | 200",
            "inspector              | 403 | 403 | 403",
            "anonymous              | 401 | 401 | 401"})
    void only_the_producer_acts_for_its_recall_and_only_the_regulator_of_its_region_decides(String who,
            int report, int terminate, int dismiss) throws Exception {
        expect(put(RECALLS + "/" + recall + "/progress-reports/1"), units(10, 0, 0, 0), caller(who), report);
        expect(post(LEADS + "/" + lead + "/dismissal"), Map.of("reason", "不构成缺陷线索"), caller(who), dismiss);
        expect(post(RECALLS + "/" + recall + "/closure"), Map.of("outcome", "TERMINATED", "reason", "测试终止"),
                caller(who), terminate);
        RecallStatus expected = terminate == 200 ? RecallStatus.TERMINATED : RecallStatus.ONGOING;
        assertThat(recalls.get(recall).status()).isEqualTo(expected);
        assertThat(recalls.get(recall).reports()).hasSize(report == 200 ? 1 : 0);
    }

    @Test
    void lists_show_an_enterprise_its_own_and_a_regulator_its_region_narrowed_never_widened() throws Exception {
        String other = ongoingRecall(otherUscc);
        assertThat(ids(RECALLS + "?size=100", enterprise(uscc))).contains(recall).doesNotContain(other);
        assertThat(ids(RECALLS + "?size=100", enterprise(otherUscc))).contains(other).doesNotContain(recall);
        assertThat(ids(RECALLS + "?size=100&uscc=" + uscc, Tokens.regulator("r", COUNTY))).containsExactly(recall);
        assertThat(ids(RECALLS + "?size=100&uscc=" + otherUscc, Tokens.regulator("r", COUNTY))).isEmpty();
        assertThat(ids(RECALLS + "?size=100&uscc=" + otherUscc, Tokens.regulator("zj", "330000")))
                .containsExactly(other);
        assertThat(ids(RECALLS + "?size=100&region=" + OTHER_COUNTY, Tokens.regulator("r", COUNTY))).isEmpty();
        assertThat(ids(RECALLS + "?size=100&region=330000&uscc=" + uscc, Tokens.regulator("r", COUNTY)))
                .containsExactly(recall);
        assertThat(getJson(LEADS + "?uscc=" + uscc, Tokens.regulator("r", OTHER_COUNTY)).get("total").asLong())
                .isZero();
        assertThat(getJson(INVESTIGATIONS + "?size=100", enterprise(otherUscc)).get("items").valueStream()
                .map(i -> i.get("investigationId").asString()).toList()).doesNotContain(investigation);
    }

    @Test
    void a_regulator_enters_leads_only_in_its_area_and_only_regulators_open_investigations() throws Exception {
        Map<String, Object> entry = Map.of("region", OTHER_COUNTY, "product", Map.of("name", "电热水壶"),
                "hazard", "漏电");
        mvc.perform(post(LEADS).with(Tokens.regulator("r", COUNTY)).header("Idempotency-Key",
                        UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(entry)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("region-not-supervised"));
        expect(post(INVESTIGATIONS), Map.of("leadId", leadFor(uscc)), enterprise(uscc), 403);
        expect(post(INVESTIGATIONS), Map.of("leadId", leadFor(uscc)), Tokens.regulator("r", OTHER_COUNTY), 404);
        expect(post(RECALLS).header("Idempotency-Key", UUID.randomUUID().toString()), plan(uscc), regulator(), 403);
        expect(post(INVESTIGATIONS + "/" + investigation + "/objection"), Map.of("statement", "异议", "evidence",
                List.of(Map.of("type", "OTHER", "reference", "x:1"))), enterprise(otherUscc), 404);
        expect(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), Map.of("productType", "FOOD", "level",
                1, "hazardType", "FIRE"), Tokens.regulator("r", OTHER_COUNTY), 404);
    }

    private List<String> ids(String path, RequestPostProcessor caller) throws Exception {
        return texts(getJson(path, caller).get("items"), "recallId");
    }

    private void expect(MockHttpServletRequestBuilder request, Object body, RequestPostProcessor caller, int status)
            throws Exception {
        if (caller != null) {
            request.with(caller);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status));
    }

    private RequestPostProcessor caller(String who) {
        return switch (who) {
            case "owner enterprise" -> enterprise(uscc);
            case "other enterprise" -> enterprise(otherUscc);
            case "county regulator" -> Tokens.regulator("r-county", COUNTY);
            case "city regulator" -> Tokens.regulator("r-city", CITY);
            case "provincial regulator" -> Tokens.regulator("r-zj", "330000");
            case "national regulator" -> Tokens.regulator("r-cn", "100000");
            case "other county regulator" -> Tokens.regulator("r-other", OTHER_COUNTY);
            case "other province" -> Tokens.regulator("r-js", "320000");
            case "inspector" -> Tokens.inspector("i", COUNTY);
            case "consumer" -> Tokens.consumer("c");
            case "admin" -> Tokens.admin();
            case "anonymous" -> null;
            default -> throw new IllegalArgumentException(who);
        };
    }
}
