package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.recall.RecallInvestigationConcluded;
import org.qsp.contracts.recall.RecallInvestigationOpened;
import org.qsp.platform.test.TestUsccs;
import org.qsp.recall.investigation.Investigation;
import org.qsp.recall.investigation.InvestigationStatus;
import org.qsp.recall.lead.LeadStatus;
import tools.jackson.databind.JsonNode;

/** An investigation opens on a lead, notifies the producer, takes its objection in time, and is concluded. */
class InvestigationFlowTest extends RecallIntegrationTest {

    @Test
    void the_regulator_opens_one_investigation_per_lead_and_the_producer_sees_it_with_its_objection_deadline()
            throws Exception {
        kit.clock().set(Instant.parse("2026-09-24T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        String lead = leadFor(uscc);

        JsonNode opened = send(post(INVESTIGATIONS), Map.of("leadId", lead), regulator(), 201);
        JsonNode again = send(post(INVESTIGATIONS), Map.of("leadId", lead), regulator(), 201);

        String id = opened.get("investigationId").asString();
        assertThat(again.get("investigationId").asString()).isEqualTo(id);
        assertThat(opened.get("objectionDeadline").asString()).isEqualTo("2026-10-22");
        assertThat(opened.get("producer").get("uscc").asString()).isEqualTo(uscc);
        assertThat(leads.get(lead).status()).isEqualTo(LeadStatus.INVESTIGATING);
        assertThat(leads.get(lead).investigationId()).isEqualTo(id);
        JsonNode mine = getJson(INVESTIGATIONS, enterprise(uscc));
        assertThat(texts(mine.get("items"), "investigationId")).containsExactly(id);
        assertThat(mine.get("items").get(0).get("producerNotifiedAt").asString()).isNotBlank();
        awaitPublished(Investigation.class, id);
        var events = kit.published(EventCatalog.RECALL_INVESTIGATION_OPENED, id);
        assertThat(events).hasSize(1);
        RecallInvestigationOpened event = kit.recorder().payload(events.getFirst(),
                EventCatalog.RECALL_INVESTIGATION_OPENED);
        assertThat(event.leadId()).isEqualTo(lead);
        assertThat(event.producer().uscc()).isEqualTo(uscc);
    }

    @Test
    void the_producer_objects_with_evidence_in_time_and_the_regulator_then_concludes() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String id = investigationOf(uscc);
        Map<String, Object> objection = Map.of("statement", "抽检样品保存条件不符合要求\n附检测报告",
                "evidence", List.of(Map.of("type", "TEST_REPORT", "reference", "report:2026-1201")));

        postJson(INVESTIGATIONS + "/" + id + "/objection", objection, enterprise(uscc));
        postJson(INVESTIGATIONS + "/" + id + "/objection", objection, enterprise(uscc));
        JsonNode concluded = postJson(INVESTIGATIONS + "/" + id + "/conclusion",
                Map.of("conclusion", "DEFECT_CONFIRMED", "findings", "复检结果与原检验一致，异议不成立"), regulator());

        assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.get("objection").get("evidence").get(0).get("reference").asString())
                .isEqualTo("report:2026-1201");
        awaitPublished(Investigation.class, id);
        var events = kit.published(EventCatalog.RECALL_INVESTIGATION_CONCLUDED, id);
        assertThat(events).hasSize(1);
        RecallInvestigationConcluded event = kit.recorder().payload(events.getFirst(),
                EventCatalog.RECALL_INVESTIGATION_CONCLUDED);
        assertThat(event.conclusion()).isEqualTo("DEFECT_CONFIRMED");
        assertThat(event.objected()).isTrue();
    }

    @Test
    void an_objection_after_the_window_and_a_conclusion_before_it_are_refused() throws Exception {
        kit.clock().set(Instant.parse("2026-03-02T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        String id = investigationOf(uscc);

        send(post(INVESTIGATIONS + "/" + id + "/conclusion"),
                Map.of("conclusion", "NO_DEFECT", "findings", "未发现缺陷"), regulator(), 422);
        kit.clock().set(Instant.parse("2026-03-23T15:59:59Z"));
        kit.clock().advance(Duration.ofSeconds(2));
        send(post(INVESTIGATIONS + "/" + id + "/objection"), Map.of("statement", "有异议", "evidence",
                List.of(Map.of("type", "OTHER", "reference", "letter:1"))), enterprise(uscc), 422);
        JsonNode concluded = postJson(INVESTIGATIONS + "/" + id + "/conclusion",
                Map.of("conclusion", "NO_DEFECT", "findings", "未发现缺陷"), regulator());

        assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.get("conclusion").asString()).isEqualTo("NO_DEFECT");
        assertThat(concluded.get("objection").isNull()).isTrue();
        send(post(INVESTIGATIONS + "/" + id + "/recall-order"), Map.of("productType", "FOOD", "level", 2,
                "hazardType", "MICROBIOLOGICAL"), regulator(), 422);
        assertThat(investigations.get(id).status()).isEqualTo(InvestigationStatus.CONCLUDED);
    }

    @Test
    void a_lead_about_a_product_needs_the_regulator_to_name_its_producer_and_a_lead_with_one_takes_no_other()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String lead = leadFor(uscc);
        send(post(INVESTIGATIONS), Map.of("leadId", lead, "producer", Map.of("uscc", TestUsccs.valid(COUNTY),
                "name", "别家", "region", COUNTY)), regulator(), 400);
        assertThat(leads.get(lead).status()).isEqualTo(LeadStatus.OPEN);
        postJson(LEADS + "/" + lead + "/dismissal", Map.of("reason", "重复线索"), regulator());
        send(post(INVESTIGATIONS), Map.of("leadId", lead), regulator(), 422);
    }
}
