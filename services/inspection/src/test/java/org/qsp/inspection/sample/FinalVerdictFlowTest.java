package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The way from a FAIL to its final verdict over HTTP, and the one {@code inspection.sample.finalized} it publishes:
 * the enterprise sees its own samples and accepts or contests; the regulator decides; the window check finalizes
 * what nobody contested in time.
 */
class FinalVerdictFlowTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";
    private static final String API = "/api/inspection/v1/samples/";

    @Autowired
    SampleService service;

    private final String uscc = TestUsccs.valid(REGION);
    private final RequestPostProcessor enterprise = Tokens.enterprise("ent-" + uscc, uscc);
    private final RequestPostProcessor regulator = Tokens.regulator("reg-hz", "330100");

    /** A FAIL of the test's enterprise, for a product of {@code productClass}. */
    private String failed(String productClass, String samplingType, ObjectNode... items) throws Exception {
        ObjectNode form = form(uscc, REGION, "insp-a", "insp-b");
        form.put("productClass", productClass).put("samplingType", samplingType).put("taskId", openTask(uscc, REGION, "insp-a", "insp-b"))
                .put("category", "0701");
        String id = sampled(form);
        putResult(id, result("FAIL", items.length == 0 ? new ObjectNode[] {item("铅", "FAIL", true)} : items),
                Tokens.lab("lab-1")).andExpect(status().isCreated());
        return id;
    }

    private ResultActions action(String id, String path, Object body, RequestPostProcessor token) throws Exception {
        var request = post(API + id + "/result" + path).with(token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
        }
        return mvc.perform(request);
    }

    private static ObjectNode reason(String why) {
        return JSON.createObjectNode().put("reason", why);
    }

    private List<SampleFinalized> finalized(String id) {
        List<ConsumerRecord<String, String>> records = publishedFor(id);
        records.forEach(TopicRecorder::assertContractValid);
        return records.stream().filter(r -> EventCatalog.SAMPLE_FINALIZED.type().equals(TopicRecorder.header(r,
                "ce_type"))).map(r -> kit.recorder().payload(r, EventCatalog.SAMPLE_FINALIZED)).toList();
    }

    @Test
    void the_enterprise_sees_its_fail_accepts_it_and_one_final_fail_is_published_even_when_it_accepts_twice()
            throws Exception {
        String id = failed("MANUFACTURED", "SUPERVISORY");

        getSample(id, enterprise).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.stage").value("OPEN"))
                .andExpect(jsonPath("$.verdict.contestBy").isNotEmpty());
        mvc.perform(get(API + "mine").with(enterprise)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].sampleId").value(id));
        action(id, "/acceptance", null, enterprise).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.stage").value("FINAL"))
                .andExpect(jsonPath("$.verdict.finalVerdict.basis").value("ACCEPTED"));
        action(id, "/acceptance", null, enterprise).andExpect(status().isOk());

        assertThat(finalized(id)).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("FAIL");
            assertThat(f.basis()).isEqualTo("ACCEPTED");
            assertThat(f.enterprise().uscc()).isEqualTo(uscc);
            assertThat(f.failedItems()).extracting(SampleFailed.FailedItem::item).containsExactly("铅");
            assertThat(f.safetyRelated()).isTrue();
            assertThat(f.productClass()).isEqualTo("MANUFACTURED");
            assertThat(f.category()).isEqualTo("0701");
            assertThat(f.taskId()).startsWith("TK-");
            assertThat(f.taskType()).isEqualTo("TARGETED");
        });
        action(id, "/objection", reason("too late"), enterprise).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("result-final"));
    }

    @Test
    void another_enterprise_learns_nothing_and_other_roles_may_not_accept() throws Exception {
        String id = failed("MANUFACTURED", "SUPERVISORY");
        String other = TestUsccs.valid(REGION);

        action(id, "/acceptance", null, Tokens.enterprise("ent-other", other)).andExpect(status().isNotFound());
        getSample(id, Tokens.enterprise("ent-other", other)).andExpect(status().isNotFound());
        action(id, "/acceptance", null, regulator).andExpect(status().isForbidden());
        action(id, "/acceptance", null, Tokens.lab("lab-1")).andExpect(status().isForbidden());
        action(id, "/objection/decision", JSON.createObjectNode().put("outcome", "VERDICT_CONFIRMED")
                .put("note", "x"), Tokens.regulator("reg-nj", "320100")).andExpect(status().isNotFound());
        mvc.perform(get(API + "mine").with(Tokens.enterprise("ent-other", other))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        getSample(id, enterprise).andExpect(jsonPath("$.verdict.stage").value("OPEN"));
    }

    @Test
    void an_objection_overturned_by_the_regulator_makes_the_sample_a_final_pass() throws Exception {
        String id = failed("MANUFACTURED", "SUPERVISORY");

        action(id, "/objection", reason("the lab applied a withdrawn standard"), enterprise)
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict.stage").value("OBJECTED"))
                .andExpect(jsonPath("$.verdict.contest.kind").value("OBJECTION"));
        action(id, "/acceptance", null, enterprise).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("result-contested"));
        action(id, "/objection/decision", JSON.createObjectNode().put("outcome", "SOMETIMES").put("note", "x"),
                regulator).andExpect(status().isBadRequest());
        action(id, "/objection/decision", JSON.createObjectNode().put("outcome", "VERDICT_OVERTURNED")
                .put("note", "GB 2763-2021 applies, not the withdrawn 2019 edition"), regulator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.finalVerdict.verdict").value("PASS"));

        assertThat(finalized(id)).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("PASS");
            assertThat(f.basis()).isEqualTo("OBJECTION_DECIDED");
            assertThat(f.failedItems()).isEmpty();
        });
    }

    @Test
    void a_food_retest_is_refused_for_a_microbiological_failure_and_a_retest_that_passes_makes_a_final_pass()
            throws Exception {
        ObjectNode microbiological = item("菌落总数", "FAIL", false).put("microbiological", true);
        String micro = failed("FOOD", "SUPERVISORY", microbiological);
        action(micro, "/retest", reason("please"), enterprise).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("retest-not-for-microbiological"));
        action(micro, "/objection", reason("please"), enterprise).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("objection-not-for-product-class"));

        String id = failed("FOOD", "SUPERVISORY", item("铅", "FAIL", true));
        action(id, "/retest", JSON.createObjectNode(), enterprise).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        action(id, "/retest", reason("re-test the reserve sample"), enterprise).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.stage").value("RETEST_REQUESTED"));
        ObjectNode sameLab = JSON.createObjectNode().put("verdict", "PASS").put("lab", "lab-1");
        action(id, "/retest/conclusion", sameLab, regulator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("retest-same-lab"));
        ObjectNode conclusion = JSON.createObjectNode().put("verdict", "PASS").put("lab", "浙江省食品检验研究院")
                .put("note", "report FJ-2026-0117");
        action(id, "/retest/conclusion", conclusion, regulator).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.retest.lab").value("浙江省食品检验研究院"));
        action(id, "/retest/conclusion", conclusion, regulator).andExpect(status().isOk());

        assertThat(finalized(id)).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("PASS");
            assertThat(f.basis()).isEqualTo("RETEST");
        });
        assertThat(finalized(micro)).isEmpty();
    }

    @Test
    void a_fail_nobody_contested_is_finalized_by_the_window_check_exactly_once() throws Exception {
        String unopposed = failed("MANUFACTURED", "SUPERVISORY");
        String contested = failed("MANUFACTURED", "SUPERVISORY");
        action(contested, "/objection", reason("wrong standard"), enterprise).andExpect(status().isOk());

        service.closePassedWindows();
        assertThat(finalized(unopposed)).as("within the window").isEmpty();

        kit.clock().advance(Duration.ofDays(25));
        service.closePassedWindows();
        service.closePassedWindows();

        assertThat(finalized(unopposed)).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("FAIL");
            assertThat(f.basis()).isEqualTo("WINDOW_PASSED");
        });
        assertThat(finalized(contested)).isEmpty();
        action(unopposed, "/objection", reason("late"), enterprise).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("result-final"));
    }

    @Test
    void a_risk_monitoring_fail_is_final_at_once_and_cannot_be_contested() throws Exception {
        String id = failed("MANUFACTURED", "RISK_MONITORING");

        action(id, "/objection", reason("x"), enterprise).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("risk-monitoring-final"));
        assertThat(finalized(id)).singleElement().satisfies(f -> {
            assertThat(f.basis()).isEqualTo("RISK_MONITORING");
            assertThat(f.samplingType()).isEqualTo("RISK_MONITORING");
        });
    }
}
