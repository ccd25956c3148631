package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallPlanAccepted;
import org.qsp.contracts.recall.RecallProgressReported;
import org.qsp.platform.test.TestUsccs;
import org.qsp.recall.investigation.InvestigationStatus;
import org.qsp.recall.recalls.Recall;
import org.qsp.recall.recalls.RecallStatus;
import tools.jackson.databind.JsonNode;

/** Voluntary and ordered recalls from filing to closure, with the events each step publishes. */
class RecallFlowTest extends RecallIntegrationTest {

    @Test
    void a_voluntary_recall_runs_from_its_plan_through_review_progress_and_summary_to_completed() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String id = fileVoluntary(uscc);
        assertThat(recalls.get(id).status()).isEqualTo(RecallStatus.PLAN_SUBMITTED);

        postJson(RECALLS + "/" + id + "/review", Map.of("decision", "REQUEST_CHANGES",
                "notes", "请补充电商平台的销售数据"), regulator());
        putJson(RECALLS + "/" + id + "/plan", with(plan(uscc), "salesChannels",
                List.of("SUPERMARKET", "ONLINE", "WHOLESALE")), enterprise(uscc));
        JsonNode accepted = postJson(RECALLS + "/" + id + "/review", Map.of("decision", "ACCEPT"), regulator());
        assertThat(accepted.get("status").asString()).isEqualTo("ONGOING");
        assertThat(accepted.get("publication").get("salesChannels")).hasSize(3);

        putJson(RECALLS + "/" + id + "/progress-reports/1", units(300, 0, 0, 200), enterprise(uscc));
        putJson(RECALLS + "/" + id + "/progress-reports/1", units(300, 0, 0, 200), enterprise(uscc));
        putJson(RECALLS + "/" + id + "/progress-reports/2", units(500, 0, 0, 400), enterprise(uscc));
        putJson(RECALLS + "/" + id + "/summary", with(with(units(520, 0, 0, 430), "measures", "门店下架、电话通知购买者"),
                "disposal", "收回产品集中无害化处理"), enterprise(uscc));
        JsonNode closed = postJson(RECALLS + "/" + id + "/closure", Map.of("outcome", "COMPLETED"), regulator());

        assertThat(closed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(closed.get("publication").get("status").asString()).isEqualTo("completed");
        assertThat(closed.get("publication").get("units").get("completionRate").decimalValue())
                .isEqualByComparingTo("0.950");
        awaitPublished(Recall.class, id);
        RecallInitiated initiated = only(EventCatalog.RECALL_INITIATED, id);
        assertThat(initiated.kind()).isEqualTo("VOLUNTARY");
        assertThat(initiated.level()).isEqualTo(2);
        assertThat(initiated.unitsAffected()).isEqualTo(1000);
        RecallPlanAccepted planAccepted = only(EventCatalog.RECALL_PLAN_ACCEPTED, id);
        assertThat(planAccepted.remedies()).containsExactly("REFUND");
        assertThat(planAccepted.completionDue()).isNotNull();
        assertThat(kit.published(EventCatalog.RECALL_PROGRESS_REPORTED, id)).hasSize(2)
                .map(r -> kit.recorder().payload(r, EventCatalog.RECALL_PROGRESS_REPORTED))
                .extracting(RecallProgressReported::reportNumber).containsExactly(1, 2);
        RecallCompleted completed = only(EventCatalog.RECALL_COMPLETED, id);
        assertThat(completed.unitsRecovered()).isEqualTo(520);
        assertThat(completed.unitsRefunded()).isEqualTo(430);
        assertThat(completed.kind()).isEqualTo("VOLUNTARY");
    }

    @Test
    void the_same_filing_again_answers_the_recall_and_another_plan_under_the_key_is_refused() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String key = UUID.randomUUID().toString();
        Map<String, Object> plan = plan(uscc);
        JsonNode first = send(post(RECALLS).header("Idempotency-Key", key), plan, enterprise(uscc), 201);
        JsonNode again = send(post(RECALLS).header("Idempotency-Key", key), plan, enterprise(uscc), 201);
        send(post(RECALLS).header("Idempotency-Key", key), with(plan, "quantityAffected", 999), enterprise(uscc), 409);

        assertThat(again.get("recallId").asString()).isEqualTo(first.get("recallId").asString());
        assertThat(first.get("recallId").asString()).matches("RC-[0-9A-Z]{12}");
        awaitPublished(Recall.class, first.get("recallId").asString());
        assertThat(kit.published(EventCatalog.RECALL_INITIATED, first.get("recallId").asString())).hasSize(1);
    }

    @Test
    void the_regulator_orders_the_recall_of_a_confirmed_defect_and_the_producer_then_files_its_plan()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String investigation = investigationOf(uscc);
        postJson(INVESTIGATIONS + "/" + investigation + "/objection", Map.of("statement", "有异议", "evidence",
                List.of(Map.of("type", "TEST_REPORT", "reference", "report:own-1"))), enterprise(uscc));
        postJson(INVESTIGATIONS + "/" + investigation + "/conclusion",
                Map.of("conclusion", "DEFECT_CONFIRMED", "findings", "异议不成立"), regulator());
        Map<String, Object> order = Map.of("productType", "CONSUMER_PRODUCT", "riskLevel", "SERIOUS",
                "hazardType", "MICROBIOLOGICAL");

        JsonNode ordered = send(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), order, regulator(), 201);
        JsonNode again = send(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), order, regulator(), 201);

        String id = ordered.get("recallId").asString();
        assertThat(again.get("recallId").asString()).isEqualTo(id);
        assertThat(ordered.get("status").asString()).isEqualTo("PLAN_REQUIRED");
        assertThat(ordered.get("kind").asString()).isEqualTo("ORDERED");
        assertThat(ordered.get("publication").get("kind").asString()).isEqualTo("ordered");
        assertThat(investigations.get(investigation).status()).isEqualTo(InvestigationStatus.RECALL_ORDERED);
        assertThat(investigations.get(investigation).recallId()).isEqualTo(id);

        Map<String, Object> plan = with(with(with(plan(uscc), "productType", "CONSUMER_PRODUCT"), "level", null),
                "riskLevel", "SERIOUS");
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(RECALLS + "/" + id + "/plan"),
                with(plan, "riskLevel", "LOW"), enterprise(uscc), 400);
        JsonNode planned = putJson(RECALLS + "/" + id + "/plan", plan, enterprise(uscc));
        assertThat(planned.get("status").asString()).isEqualTo("PLAN_SUBMITTED");
        assertThat(planned.get("deadlines").get(0).get("metAt").asString()).isNotBlank();

        awaitPublished(Recall.class, id);
        RecallInitiated initiated = only(EventCatalog.RECALL_INITIATED, id);
        assertThat(initiated.kind()).isEqualTo("ORDERED");
        assertThat(initiated.investigationId()).isEqualTo(investigation);
        assertThat(initiated.riskLevel()).isEqualTo("SERIOUS");
        assertThat(initiated.planDueAt()).isAfter(initiated.initiatedAt());
    }

    @Test
    void a_producer_that_neither_recalls_nor_objects_in_time_is_ordered_and_one_that_recalled_is_not()
            throws Exception {
        kit.clock().set(Instant.parse("2026-11-02T02:00:00Z"));
        String silent = TestUsccs.valid(COUNTY);
        String recalled = TestUsccs.valid(COUNTY);
        String silentInvestigation = investigationOf(silent);
        String recalledInvestigation = investigationOf(recalled);
        JsonNode voluntary = send(post(RECALLS).header("Idempotency-Key", UUID.randomUUID().toString()),
                with(plan(recalled), "investigationId", recalledInvestigation), enterprise(recalled), 201);
        assertThat(voluntary.get("investigationId").asString()).isEqualTo(recalledInvestigation);

        kit.clock().advance(Duration.ofDays(30));
        Map<String, Object> order = Map.of("productType", "FOOD", "level", 1, "hazardType", "MICROBIOLOGICAL");
        send(post(INVESTIGATIONS + "/" + silentInvestigation + "/recall-order"), order, regulator(), 201);
        send(post(INVESTIGATIONS + "/" + recalledInvestigation + "/recall-order"), order, regulator(), 409);

        assertThat(investigations.get(silentInvestigation).status()).isEqualTo(InvestigationStatus.RECALL_ORDERED);
        assertThat(investigations.get(silentInvestigation).conclusion().name()).isEqualTo("DEFECT_CONFIRMED");
        assertThat(investigations.get(recalledInvestigation).status()).isEqualTo(InvestigationStatus.OPEN);
        assertThat(recalls.get(voluntary.get("recallId").asString()).kind().name()).isEqualTo("VOLUNTARY");
    }

    <T> T only(org.qsp.contracts.EventType<T> type, String key) {
        var records = kit.published(type, key);
        assertThat(records).as("%s of %s", type.type(), key).hasSize(1);
        return kit.recorder().payload(records.getFirst(), type);
    }
}
