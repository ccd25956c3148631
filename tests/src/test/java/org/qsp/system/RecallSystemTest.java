package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import tools.jackson.databind.JsonNode;

/**
 * The recall flow across the real processes, through the gateway: inspector1 files a sample of ent-a and lab1 a FAIL
 * on a safety-related item, which gives exactly one lead; regulator1 investigates, ent-a objects, regulator1 confirms
 * the defect and orders the recall, and the recall service is killed (SIGKILL) right after the order. Credit ends with
 * exactly one record of the ordered recall and rectification with exactly one task RT-<recall> of source RECALL; then
 * ent-a files its plan, regulator1 accepts it, ent-a reports progress and its summary, regulator1 closes the recall,
 * and the public feed shows it completed, with its units, to a client without a token.
 */
class RecallSystemTest {

    private static final String ENT_A = "91330100MA27XY012B";
    private static final Duration FLOW = Duration.ofMinutes(3);

    private static Stack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
    }

    /** The calls of the failed-sample flow and the credit records, against the stack started above. */
    private final Flow flow = new Flow(stack);

    @Test
    void a_safety_failure_of_ent_a_leads_to_one_lead_one_ordered_recall_record_one_task_and_a_public_completion() {
        String sampleId = UUID.randomUUID().toString();
        assertThat(flow.putForm(sampleId, ENT_A).status()).isIn(200, 201);
        Api.Response result = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(Flow.result("FAIL", true)));
        assertThat(result.status()).as(result.raw()).isIn(200, 201);

        await("the lead of sample " + sampleId).atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                .until(() -> !leadsOf(sampleId).isEmpty());
        stack.awaitSettled();
        JsonNode lead = leadsOf(sampleId).getFirst();
        assertThat(leadsOf(sampleId)).hasSize(1);
        assertThat(lead.path("sourceType").asString()).isEqualTo("SAMPLE_FAILED");
        assertThat(lead.path("uscc").asString()).isEqualTo(ENT_A);

        String investigation = ok(201, post("/api/recall/v1/investigations", "regulator1",
                Map.of("leadId", lead.path("leadId").asString()))).path("investigationId").asString();
        ok(200, post("/api/recall/v1/investigations/" + investigation + "/objection", "ent-a",
                RecallFlow.objection()));
        ok(200, post("/api/recall/v1/investigations/" + investigation + "/conclusion", "regulator1",
                RecallFlow.conclusion()));
        String recall = ok(201, post("/api/recall/v1/investigations/" + investigation + "/recall-order",
                "regulator1", RecallFlow.order())).path("recallId").asString();
        restartRecall();

        await("the credit record and the task of recall " + recall).atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                .until(() -> !flow.creditRecords(ENT_A, recall).isEmpty() && Api.get(stack.gateway.uri(
                        "/api/rectification/v1/tasks/RT-" + recall), stack.token("regulator1")).status() == 200);
        stack.awaitSettled();
        assertThat(flow.creditRecords(ENT_A, recall)).singleElement()
                .satisfies(r -> assertThat(r.path("type").asString()).isEqualTo("RECALL_ORDERED"));
        assertThat(tasksOf(recall)).singleElement()
                .satisfies(t -> assertThat(t.path("source").path("type").asString()).isEqualTo("RECALL"));
        assertThat(Events.distinct(stack.recorder.ofType(EventCatalog.RECALL_INITIATED, recall))).hasSize(1);

        ok(200, put("/api/recall/v1/recalls/" + recall + "/plan", "ent-a", RecallFlow.plan(ENT_A)));
        ok(200, post("/api/recall/v1/recalls/" + recall + "/review", "regulator1", Map.of("decision", "ACCEPT")));
        ok(200, put("/api/recall/v1/recalls/" + recall + "/progress-reports/1", "ent-a",
                RecallFlow.units(620, 0, 0, 180)));
        Map<String, Object> summary = RecallFlow.units(780, 0, 0, 200);
        summary.put("measures", "门店下架、短信通知购买者、退款");
        summary.put("disposal", "收回产品集中无害化处理");
        ok(200, put("/api/recall/v1/recalls/" + recall + "/summary", "ent-a", summary));
        ok(200, post("/api/recall/v1/recalls/" + recall + "/closure", "regulator1", Map.of("outcome", "COMPLETED")));

        JsonNode published = await("recall " + recall + " completed in the public feed").atMost(FLOW)
                .pollInterval(Duration.ofSeconds(1)).until(() -> inPublicFeed(recall),
                        p -> p != null && "completed".equals(p.path("status").asString()));
        assertThat(published.path("kind").asString()).isEqualTo("ordered");
        assertThat(published.path("level").asInt()).isEqualTo(3);
        assertThat(published.path("units").path("affected").asInt()).isEqualTo(1000);
        assertThat(published.path("units").path("recovered").asInt()).isEqualTo(780);
        assertThat(published.path("units").path("completionRate").decimalValue()).isEqualByComparingTo("0.980");
        assertThat(published.path("dates").path("completed").asString()).isNotBlank();
        assertThat(published.toString()).doesNotContain("李经理", "13900001111", "冷链记录完整");
        String one = anonymous("/api/recall/v1/public/recalls/" + recall);
        assertThat(Api.JSON.readTree(one).path("status").asString()).isEqualTo("completed");

        stack.awaitSettled();
        assertThat(Events.distinct(stack.recorder.ofType(EventCatalog.RECALL_PROGRESS_REPORTED, recall))).hasSize(1);
        assertThat(Events.distinct(stack.recorder.ofType(EventCatalog.RECALL_COMPLETED, recall))).hasSize(1);
        assertThat(flow.creditRecords(ENT_A, recall)).as("an ordered recall's completion adds nothing to credit")
                .hasSize(1);
        assertThat(stack.recorder.records()).noneMatch(r -> r.topic().equals("recall.recalls-dlt"));
    }

    private static void restartRecall() {
        stack.recall.kill();
        stack.recall.start();
        stack.recall.awaitReady(Duration.ofMinutes(3));
    }

    private static List<JsonNode> leadsOf(String sampleId) {
        Api.Response response = Api.get(stack.gateway.uri("/api/recall/v1/leads?uscc=" + ENT_A + "&size=100"),
                stack.token("regulator1"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("items").valueStream()
                .filter(l -> sampleId.equals(l.path("sourceId").asString())).toList();
    }

    private static List<JsonNode> tasksOf(String recall) {
        Api.Response response = Api.get(stack.gateway.uri("/api/rectification/v1/tasks?uscc=" + ENT_A + "&size=100"),
                stack.token("regulator1"));
        return response.body().path("items").valueStream()
                .filter(t -> recall.equals(t.path("source").path("id").asString())).toList();
    }

    /** The recall as the public feed lists it (the recalls of ent-a, through the gateway, without a token). */
    private static JsonNode inPublicFeed(String recall) {
        JsonNode page = Api.JSON.readTree(anonymous("/api/recall/v1/public/recalls?uscc=" + ENT_A + "&size=100"));
        return page.path("items").valueStream().filter(i -> recall.equals(i.path("recallNumber").asString()))
                .findFirst().orElse(null);
    }

    /** A GET through the gateway without a token, as the public calls the feed. */
    private static String anonymous(String path) {
        Api.Response response = Api.get(stack.gateway.uri(path), null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.raw();
    }

    private static Api.Response post(String path, String user, Object body) {
        return Api.post(stack.gateway.uri(path), stack.token(user), Api.json(body));
    }

    private static Api.Response put(String path, String user, Object body) {
        return Api.put(stack.gateway.uri(path), stack.token(user), Api.json(body));
    }

    private static JsonNode ok(int status, Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        return response.body();
    }
}
