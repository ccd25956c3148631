package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.qsp.platform.test.TestUsccs;
import org.qsp.recall.investigation.Investigation;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.recalls.Recall;

/** Every class of bad input gets 400 problem+json naming the field, and nothing is stored or changed. */
class BadInputTest extends RecallIntegrationTest {

    private static final String USCC = TestUsccs.valid(COUNTY);

    /** A change to the valid plan, what it must be refused as, and the field named. */
    record Bad(String why, Function<Map<String, Object>, Map<String, Object>> change, String code, String field) {

        @Override
        public String toString() {
            return why;
        }
    }

    static Stream<Bad> badPlans() {
        return Stream.of(
                bad("missing product type", p -> with(p, "productType", REMOVE), "validation-failed", "productType"),
                bad("unknown product type", p -> with(p, "productType", "DRUG"), "malformed-request", "productType"),
                bad("food level 4", p -> with(p, "level", 4), "validation-failed", "level"),
                bad("level as a string", p -> with(p, "level", "2"), "malformed-request", "level"),
                bad("food without a level", p -> with(p, "level", REMOVE), "food-level-required", "level"),
                bad("food with a risk level", p -> with(p, "riskLevel", "HIGH"), "risk-level-not-for-food",
                        "riskLevel"),
                bad("a consumer product with a level", p -> with(p, "productType", "CONSUMER_PRODUCT"),
                        "risk-level-required", "riskLevel"),
                bad("a consumer product with a level and a risk level", p -> with(with(p, "productType",
                        "CONSUMER_PRODUCT"), "riskLevel", "LOW"), "level-only-for-food", "level"),
                bad("unknown risk level", p -> with(with(with(p, "productType", "CONSUMER_PRODUCT"), "level", REMOVE),
                        "riskLevel", "EXTREME"), "malformed-request", "riskLevel"),
                bad("missing producer", p -> with(p, "producer", REMOVE), "validation-failed", "producer"),
                bad("invalid USCC (check character)", p -> with(p, "producer.uscc", TestUsccs.failingCheck(COUNTY)),
                        "validation-failed", "producer.uscc"),
                bad("malformed USCC", p -> with(p, "producer.uscc", "91330106-not-a-uscc"), "validation-failed",
                        "producer.uscc"),
                bad("producer region not a GB/T 2260 code", p -> with(p, "producer.region", "999999"),
                        "validation-failed", "producer.region"),
                bad("producer placed at the national code", p -> with(p, "producer.region", "100000"),
                        "validation-failed", "producer.region"),
                bad("producer name over two lines", p -> with(p, "producer.name", "杭州示例\n食品有限公司"),
                        "malformed-request", "producer.name"),
                bad("missing contact", p -> with(p, "producer.contact", REMOVE), "validation-failed",
                        "producer.contact"),
                bad("contact phone not a phone", p -> with(p, "producer.contact.phone", "call me"),
                        "validation-failed", "producer.contact.phone"),
                bad("missing product name", p -> with(p, "product.name", REMOVE), "validation-failed",
                        "product.name"),
                bad("production date not a date", p -> with(p, "product.productionFrom", "2026-13-01"),
                        "malformed-request", "product.productionFrom"),
                bad("production dates out of order", p -> with(p, "product.productionFrom", "2026-12-31"),
                        "dates-out-of-order", "product.productionTo"),
                bad("production in the future", p -> with(p, "product.productionTo", "2099-01-01"),
                        "production-in-future", "product.productionTo"),
                bad("more units affected than produced", p -> with(p, "quantityAffected", 5001),
                        "quantities-do-not-add-up", "quantityAffected"),
                bad("no unit affected", p -> with(p, "quantityAffected", 0), "validation-failed", "quantityAffected"),
                bad("units produced as a string", p -> with(p, "quantityProduced", "5000"), "malformed-request",
                        "quantityProduced"),
                bad("negative units produced", p -> with(p, "quantityProduced", -1), "validation-failed",
                        "quantityProduced"),
                bad("no sales region", p -> with(p, "salesRegions", List.of()), "validation-failed", "salesRegions"),
                bad("a sales region that is no region", p -> with(p, "salesRegions", List.of("330199")),
                        "validation-failed", "salesRegions[0]"),
                bad("a region twice", p -> with(p, "salesRegions", List.of("330100", "330100")), "duplicate-region",
                        "salesRegions"),
                bad("unknown sales channel", p -> with(p, "salesChannels", List.of("DOOR_TO_DOOR")),
                        "malformed-request", "salesChannels[0]"),
                bad("a remedy twice", p -> with(p, "remedies", List.of("REFUND", "REFUND")), "duplicate-remedy",
                        "remedies"),
                bad("unknown remedy", p -> with(p, "remedies", List.of("APOLOGY")), "malformed-request",
                        "remedies[0]"),
                bad("missing defect description", p -> with(p, "defect.description", REMOVE), "validation-failed",
                        "defect.description"),
                bad("unknown hazard type", p -> with(p, "defect.hazardType", "BAD_LUCK"), "malformed-request",
                        "defect.hazardType"),
                bad("no evidence", p -> with(p, "defect.evidence", List.of()), "validation-failed",
                        "defect.evidence"),
                bad("evidence reference with spaces", p -> with(p, "defect.evidence",
                        List.of(Map.of("type", "TEST_REPORT", "reference", "my report"))), "validation-failed",
                        "defect.evidence[0].reference"),
                bad("schedule ends before it starts", p -> with(p, "schedule.end", "2026-01-01"),
                        "dates-out-of-order", "schedule.end"),
                bad("publicity too long", p -> with(p, "publicity", "公".repeat(2001)), "validation-failed",
                        "publicity"),
                bad("a property the plan does not have", p -> with(p, "discount", 10), "malformed-request",
                        "discount"),
                bad("a malformed investigation id", p -> with(p, "investigationId", "RI-1"),
                        "invalid-investigation-id", "investigationId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void a_bad_plan_gets_400_problem_json_naming_the_field_and_files_nothing(Bad bad) throws Exception {
        long before = count(Recall.class);

        refused(post(RECALLS).header("Idempotency-Key", UUID.randomUUID().toString()), bad.change().apply(plan(USCC)),
                enterprise(USCC), bad.code(), bad.field());

        assertThat(count(Recall.class)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void a_bad_plan_for_an_ordered_recall_gets_the_same_400_and_changes_nothing(Bad bad) throws Exception {
        if (bad.field().equals("investigationId")) {
            return;
        }
        String id = orderedRecall();
        Recall before = awaitPublished(Recall.class, id);

        refused(put(RECALLS + "/" + id + "/plan"), bad.change().apply(plan(USCC)), enterprise(USCC), bad.code(),
                bad.field());

        assertThat(recalls.get(id).getVersion()).isEqualTo(before.getVersion());
        assertThat(recalls.get(id).plan()).isNull();
    }

    static Stream<Arguments> badProgress() {
        return Stream.of(
                Arguments.of("more recovered than affected", units(1001, 0, 0, 0), "units-exceed-affected",
                        "unitsRecovered"),
                Arguments.of("together more than affected", units(600, 200, 200, 1), "units-exceed-affected",
                        "unitsRefunded"),
                Arguments.of("negative", units(-1, 0, 0, 0), "validation-failed", "unitsRecovered"),
                Arguments.of("missing a figure", with(units(1, 0, 0, 0), "unitsRepaired", REMOVE), "validation-failed",
                        "unitsRepaired"),
                Arguments.of("a figure as a string", with(units(1, 0, 0, 0), "unitsRefunded", "0"),
                        "malformed-request", "unitsRefunded"),
                Arguments.of("lower than the last report", units(99, 0, 0, 0), "units-decreased", "unitsRecovered"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProgress")
    void a_bad_progress_report_gets_400_and_changes_nothing(String why, Map<String, Object> body, String code,
            String field) throws Exception {
        String id = ongoingRecall(USCC);
        putJson(RECALLS + "/" + id + "/progress-reports/1", units(100, 0, 0, 0), enterprise(USCC));
        Recall before = awaitPublished(Recall.class, id);

        refused(put(RECALLS + "/" + id + "/progress-reports/2"), body, enterprise(USCC), code, field);
        refused(put(RECALLS + "/" + id + "/summary"), with(with(body, "measures", "下架"), "disposal", "销毁"),
                enterprise(USCC), code, field);

        assertThat(recalls.get(id).getVersion()).isEqualTo(before.getVersion());
        assertThat(recalls.get(id).reports()).hasSize(1);
    }

    @Test
    void a_report_out_of_sequence_a_report_number_0_and_a_summary_without_measures_are_refused() throws Exception {
        String id = ongoingRecall(USCC);
        long version = awaitPublished(Recall.class, id).getVersion();

        refused(put(RECALLS + "/" + id + "/progress-reports/2"), units(1, 0, 0, 0), enterprise(USCC),
                "report-number-out-of-sequence", "reportNumber");
        refused(put(RECALLS + "/" + id + "/progress-reports/0"), units(1, 0, 0, 0), enterprise(USCC),
                "invalid-report-number", "number");
        refused(put(RECALLS + "/" + id + "/summary"), with(units(1, 0, 0, 0), "disposal", "销毁"), enterprise(USCC),
                "validation-failed", "measures");

        assertThat(recalls.get(id).getVersion()).isEqualTo(version);
    }

    @Test
    void bad_reviews_closures_orders_entries_and_openings_are_refused_and_change_nothing() throws Exception {
        String id = fileVoluntary(USCC);
        long version = awaitPublished(Recall.class, id).getVersion();
        refused(post(RECALLS + "/" + id + "/review"), Map.of("decision", "REQUEST_CHANGES"), regulator(),
                "notes-required", "notes");
        refused(post(RECALLS + "/" + id + "/review"), Map.of("decision", "MAYBE"), regulator(), "malformed-request",
                "decision");
        refused(post(RECALLS + "/" + id + "/closure"), Map.of("outcome", "TERMINATED"), regulator(),
                "reason-required", "reason");
        assertThat(recalls.get(id).getVersion()).isEqualTo(version);

        String investigation = investigationOf(USCC);
        long investigations = count(Investigation.class);
        long recallCount = count(Recall.class);
        refused(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), Map.of("productType", "FOOD", "level",
                1), regulator(), "validation-failed", "hazardType");
        refused(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), Map.of("productType", "CONSUMER_PRODUCT",
                "level", 1, "riskLevel", "LOW", "hazardType", "FIRE"), regulator(), "level-only-for-food", "level");
        refused(post(INVESTIGATIONS), Map.of("leadId", "RL-not-a-lead"), regulator(), "invalid-lead-id", "leadId");
        refused(post(INVESTIGATIONS + "/" + investigation + "/objection"), Map.of("statement", "有异议",
                "evidence", List.of()), enterprise(USCC), "validation-failed", "evidence");
        assertThat(count(Investigation.class)).isEqualTo(investigations);
        assertThat(count(Recall.class)).isEqualTo(recallCount);

        long leadCount = count(DefectLead.class);
        Map<String, Object> entry = Map.of("region", "999999", "product", Map.of("name", "电热水壶"),
                "hazard", "漏电");
        refused(post(LEADS).header("Idempotency-Key", UUID.randomUUID().toString()), entry, regulator(),
                "validation-failed", "region");
        refused(post(LEADS).header("Idempotency-Key", UUID.randomUUID().toString()), with(with(entry, "region",
                COUNTY), "producer", Map.of("uscc", TestUsccs.failingCheck(COUNTY), "name", "x", "region", COUNTY)),
                regulator(), "validation-failed", "producer.uscc");
        refused(post(LEADS).header("Idempotency-Key", "short"), with(entry, "region", COUNTY), regulator(),
                "invalid-idempotency-key", "Idempotency-Key");
        assertThat(count(DefectLead.class)).isEqualTo(leadCount);
    }

    @Test
    void no_idempotency_key_not_json_another_enterprises_uscc_and_an_oversized_body_file_nothing() throws Exception {
        long before = count(Recall.class);
        mvc.perform(post(RECALLS).with(enterprise(USCC)).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(plan(USCC))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post(RECALLS).with(enterprise(USCC)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"productType\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("malformed-request"));
        mvc.perform(post(RECALLS).with(enterprise(TestUsccs.valid(COUNTY)))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(plan(USCC))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-your-enterprise"));
        mvc.perform(post(RECALLS).with(enterprise(USCC)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(with(plan(USCC), "publicity", "x".repeat(70_000)))))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.code").value("payload-too-large"));
        assertThat(count(Recall.class)).isEqualTo(before);
    }

    private void refused(MockHttpServletRequestBuilder request, Object body,
            org.springframework.test.web.servlet.request.RequestPostProcessor caller, String code, String field)
            throws Exception {
        mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    /** A food recall of level 2, ordered once the producer objected and the defect was confirmed. */
    private String orderedRecall() throws Exception {
        String investigation = investigationOf(USCC);
        postJson(INVESTIGATIONS + "/" + investigation + "/objection", Map.of("statement", "有异议", "evidence",
                List.of(Map.of("type", "OTHER", "reference", "letter:1"))), enterprise(USCC));
        postJson(INVESTIGATIONS + "/" + investigation + "/conclusion", Map.of("conclusion", "DEFECT_CONFIRMED",
                "findings", "异议不成立"), regulator());
        return send(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), Map.of("productType", "FOOD",
                "level", 2, "hazardType", "MICROBIOLOGICAL"), regulator(), 201).get("recallId").asString();
    }

    private static Bad bad(String why, Function<Map<String, Object>, Map<String, Object>> change, String code,
            String field) {
        return new Bad(why, change, code, field);
    }
}
