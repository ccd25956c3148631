package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The calls of the recall flow, made directly to the recall service as regulators and producers make them, and the
 * bodies they send: a regulator's lead, the investigation of it, the producer's objection, the conclusion, the order;
 * a producer's voluntary recall and its plan, the regulator's acceptance.
 */
final class RecallFlow {

    /** Where the producers of the plans are, and where their leads are found unless told otherwise. */
    static final String COUNTY = "330106";
    private static final String API = "/api/recall/v1";

    private final Stack stack;

    RecallFlow(Stack stack) {
        this.stack = stack;
    }

    /** The producer as a lead, an investigation and a plan name it. */
    static Map<String, Object> producer(String uscc) {
        return Map.of("uscc", uscc, "name", "杭州示例食品有限公司", "region", COUNTY);
    }

    /** A regulator's own lead: a hazard found in {@code region} in a food of the producer, with its evidence. */
    static Map<String, Object> lead(String uscc, String region) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("region", region);
        lead.put("producer", producer(uscc));
        lead.put("product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋", "codeInfo", "批号 20261101"));
        lead.put("productType", "FOOD");
        lead.put("hazard", "菌落总数超标，多名消费者反映腹泻");
        lead.put("evidence", List.of("report:2026-118"));
        return lead;
    }

    static Map<String, Object> objection() {
        return Map.of("statement", "样品运输过程中冷链中断", "evidence", List.of(Map.of("type", "TEST_REPORT",
                "reference", "report:ent-a-2026-12")));
    }

    static Map<String, Object> conclusion() {
        return Map.of("conclusion", "DEFECT_CONFIRMED", "findings", "冷链记录完整，异议不成立");
    }

    /** The regulator's order: a level 3 food recall of a microbiological hazard. */
    static Map<String, Object> order() {
        return Map.of("productType", "FOOD", "level", 3, "hazardType", "MICROBIOLOGICAL");
    }

    /** The producer's plan of a level 3 food recall of 1,000 units affected, dated from today. */
    static Map<String, Object> plan(String uscc) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> producer = new LinkedHashMap<>(producer(uscc));
        producer.put("contact", Map.of("name", "李经理", "phone", "13900001111"));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("productType", "FOOD");
        plan.put("level", 3);
        plan.put("producer", producer);
        plan.put("product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋", "codeInfo", "批号 20261101",
                "productionFrom", today.minusDays(35).toString(), "productionTo", today.minusDays(30).toString()));
        plan.put("quantityProduced", 4000);
        plan.put("quantityAffected", 1000);
        plan.put("salesRegions", List.of("330100"));
        plan.put("salesChannels", List.of("SUPERMARKET"));
        plan.put("defect", Map.of("description", "菌落总数超标", "hazardType", "MICROBIOLOGICAL",
                "evidence", List.of(Map.of("type", "TEST_REPORT", "reference", "sample:s-1"))));
        plan.put("remedies", List.of("REFUND"));
        plan.put("schedule", Map.of("start", today.toString(), "end", today.plusDays(25).toString()));
        plan.put("publicity", "门店张贴召回公告");
        return plan;
    }

    /** Cumulative units of a progress report or a summary. */
    static Map<String, Object> units(int recovered, int repaired, int replaced, int refunded) {
        return new LinkedHashMap<>(Map.of("unitsRecovered", recovered, "unitsRepaired", repaired, "unitsReplaced",
                replaced, "unitsRefunded", refunded));
    }

    /** A regulator enters a lead about the producer's product, found in {@code region}; its id. */
    String enterLead(String regulator, String uscc, String region) {
        return created(send("POST", "/leads", regulator, lead(uscc, region), true)).path("leadId").asString();
    }

    /** The regulator opens the investigation of a lead; its id. */
    String investigate(String regulator, String leadId) {
        return created(send("POST", "/investigations", regulator, Map.of("leadId", leadId), false))
                .path("investigationId").asString();
    }

    /** An investigation of the producer's product, its lead found in {@code region}. */
    String investigation(String regulator, String uscc, String region) {
        return investigate(regulator, enterLead(regulator, uscc, region));
    }

    void object(String enterprise, String investigationId) {
        ok(send("POST", "/investigations/" + investigationId + "/objection", enterprise, objection(), false));
    }

    void conclude(String regulator, String investigationId) {
        ok(send("POST", "/investigations/" + investigationId + "/conclusion", regulator, conclusion(), false));
    }

    /** The regulator orders the recall of an investigation whose defect it confirmed; the recall's id. */
    String order(String regulator, String investigationId) {
        return created(send("POST", "/investigations/" + investigationId + "/recall-order", regulator, order(), false))
                .path("recallId").asString();
    }

    /** The producer files a voluntary recall with its plan, in an investigation or (null) of its own accord. */
    String file(String enterprise, String uscc, String investigationId) {
        Map<String, Object> plan = plan(uscc);
        if (investigationId != null) {
            plan.put("investigationId", investigationId);
        }
        return created(send("POST", "/recalls", enterprise, plan, true)).path("recallId").asString();
    }

    /** The regulator accepts a recall's plan: the recall is ONGOING and public. */
    void accept(String regulator, String recallId) {
        ok(send("POST", "/recalls/" + recallId + "/review", regulator, Map.of("decision", "ACCEPT"), false));
    }

    private Api.Response send(String method, String path, String user, Map<String, Object> body, boolean keyed) {
        return Api.send(method, stack.recall.uri(API + path), stack.token(user), Api.json(body),
                keyed ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of());
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }
}
