package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.platform.test.TopicRecorder;

/**
 * A FAIL becomes final before rectification and credit act on it (ADR 0019), across the real processes: the
 * enterprise accepts it, or a re-test at another lab overturns it. Counts are read once the system has settled.
 */
class FinalVerdictSystemTest {

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void a_fail_opens_nothing_until_the_enterprise_accepts_it_then_exactly_one_task_and_one_credit_record() {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        assertThat(flow.putForm(sampleId, uscc).status()).isEqualTo(201);
        assertThat(flow.putResult(sampleId, "FAIL").status()).isEqualTo(201);
        stack.awaitSettled();
        assertThat(flow.tasks(uscc)).as("before the verdict is final").isZero();
        assertThat(flow.creditRecords(uscc)).as("before the verdict is final").isEmpty();

        Api.Response own = Api.get(stack.gateway.uri("/api/inspection/v1/samples/mine"), stack.enterpriseToken(uscc));
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.body().path("items").valueStream().map(s -> s.path("sampleId").asString())).contains(sampleId);
        Api.Response accepted = Api.post(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId
                + "/result/acceptance"), stack.enterpriseToken(uscc), null);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        stack.awaitSettled();

        assertThat(flow.tasks(uscc)).isEqualTo(1);
        assertThat(flow.creditRecords(uscc)).singleElement()
                .satisfies(r -> assertThat(r.path("sourceId").asString()).isEqualTo(sampleId));
        List<SampleFinalized> finalized = finalized(sampleId);
        assertThat(finalized).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("FAIL");
            assertThat(f.basis()).isEqualTo("ACCEPTED");
        });
    }

    @Test
    void a_food_fail_overturned_by_a_retest_opens_no_task_and_leaves_no_credit_record() {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        Map<String, Object> form = new HashMap<>(Flow.form(uscc));
        form.put("productClass", "FOOD");
        form.put("category", "0701");
        Api.Response filed = Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token("inspector1"), Api.json(form));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        Map<String, Object> lead = Map.of("items", List.of(Map.of("item", "铅(以Pb计)", "limit", "≤0.5", "measured",
                "0.9", "unit", "mg/kg", "verdict", "FAIL", "safetyRelated", false)), "overallVerdict", "FAIL");
        assertThat(Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(lead)).status()).isEqualTo(201);

        Api.Response applied = Api.post(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId + "/result/retest"),
                stack.enterpriseToken(uscc), Api.json(Map.of("reason", "请用备用样品复检")));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
        Api.Response concluded = Api.post(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId
                + "/result/retest/conclusion"), stack.token("regulator1"), Api.json(Map.of("verdict", "PASS",
                "lab", "浙江省食品药品检验研究院", "note", "复检报告 FJ-2026-0117")));
        assertThat(concluded.status()).as(concluded.raw()).isEqualTo(200);
        stack.awaitSettled();

        assertThat(finalized(sampleId)).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("PASS");
            assertThat(f.basis()).isEqualTo("RETEST");
        });
        assertThat(flow.tasks(uscc)).isZero();
        assertThat(flow.creditRecords(uscc)).isEmpty();
    }

    private static List<SampleFinalized> finalized(String sampleId) {
        var records = Events.distinct(stack.recorder.ofType(EventCatalog.SAMPLE_FINALIZED, sampleId));
        records.forEach(TopicRecorder::assertContractValid);
        return records.stream().map(r -> stack.recorder.payload(r, EventCatalog.SAMPLE_FINALIZED)).toList();
    }
}
