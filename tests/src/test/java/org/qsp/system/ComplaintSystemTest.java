package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;

/**
 * The complaint flow across the real processes, through the gateway: consumer1 files a complaint-and-report against
 * ent-a, regulator1 accepts both, the parties consent, the mediation settles and the report is decided substantiated;
 * the complaint service is killed (SIGKILL) twice mid-flow, once right after the decision. Credit ends with exactly
 * one record of the report (sourceId = the case) and one of the mediation, rectification with exactly one task
 * RT-<case> of source REPORT, and the topics with one decided event.
 */
class ComplaintSystemTest {

    private static final String ENT_A = "91330100MA27XY012B";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void a_substantiated_report_against_ent_a_gives_one_credit_record_and_one_task_across_complaint_restarts() {
        JsonNode filed = fileBoth();
        String complaintId = filed.path("cases").get(0).path("caseId").asString();
        String reportId = filed.path("cases").get(1).path("caseId").asString();

        ok(post("/api/complaint/v1/cases/" + complaintId + "/decision", "regulator1", Map.of("decision", "ACCEPT")));
        ok(post("/api/complaint/v1/cases/" + reportId + "/decision", "regulator1", Map.of("decision", "ACCEPT")));
        ok(post("/api/complaint/v1/cases/" + complaintId + "/mediation/consent", "ent-a", null));
        restartComplaint();
        ok(post("/api/complaint/v1/cases/" + complaintId + "/mediation/consent", "consumer1", null));
        ok(post("/api/complaint/v1/cases/" + complaintId + "/mediation/conclusion", "regulator1",
                Map.of("outcome", "SETTLED")));
        ok(post("/api/complaint/v1/cases/" + reportId + "/report-decision", "regulator1", Map.of(
                "substantiated", true, "violation", "销售超过保质期的食品", "legalBasis", "《食品安全法》第三十四条",
                "penaltyDecided", true)));
        restartComplaint();

        await("the task RT-" + reportId).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Api.get(stack.gateway.uri("/api/rectification/v1/tasks/RT-" + reportId),
                        stack.token("regulator1")).status() == 200);
        await("credit records of both cases").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> flow.creditRecords(ENT_A, reportId).size()
                        + flow.creditRecords(ENT_A, complaintId).size() >= 2);
        stack.awaitSettled();

        assertThat(flow.creditRecords(ENT_A, reportId)).singleElement().satisfies(r -> {
            assertThat(r.path("type").asString()).isEqualTo("REPORT_SUBSTANTIATED");
            assertThat(r.path("description").asString()).contains("销售超过保质期的食品");
        });
        assertThat(flow.creditRecords(ENT_A, complaintId)).singleElement()
                .satisfies(r -> assertThat(r.path("type").asString()).isEqualTo("COMPLAINT_SETTLED"));
        Api.Response tasks = Api.get(stack.gateway.uri("/api/rectification/v1/tasks?uscc=" + ENT_A + "&size=100"),
                stack.token("regulator1"));
        assertThat(tasks.body().path("items").valueStream()
                .filter(t -> reportId.equals(t.path("source").path("id").asString())).toList())
                .singleElement().satisfies(t -> assertThat(t.path("source").path("type").asString())
                        .isEqualTo("REPORT"));
        assertThat(Events.distinct(stack.recorder.ofType(EventCatalog.COMPLAINT_REPORT_DECIDED, reportId))).hasSize(1);
        assertThat(Events.distinct(stack.recorder.ofType(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-" + reportId)))
                .hasSize(1);
        assertThat(stack.recorder.records()).noneMatch(r -> r.topic().equals("complaint.cases-dlt"));

        JsonNode mine = Api.get(stack.gateway.uri("/api/complaint/v1/cases/mine?size=100"), stack.token("consumer1"))
                .body();
        assertThat(mine.path("items").valueStream().map(c -> c.path("caseId").asString()).toList())
                .contains(complaintId, reportId);
        // ent-a sees the complaint (and, having mediated, the complainant's phone) but not the report beside it
        String againstMe = Api.get(stack.gateway.uri("/api/complaint/v1/cases/against-me?size=100"),
                stack.token("ent-a")).raw();
        assertThat(againstMe).contains(complaintId).doesNotContain(reportId);
        Api.Response report = Api.get(stack.gateway.uri("/api/complaint/v1/cases/" + reportId), stack.token("ent-a"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.raw()).doesNotContain("13800138000", "消费者甲", complaintId);
        List<String> allEvents = stack.recorder.records().stream().filter(r -> r.topic().startsWith("complaint."))
                .map(r -> r.value() + TopicRecorder.header(r, "ce_subject")).toList();
        assertThat(allEvents).isNotEmpty().noneMatch(e -> e.contains("13800138000") || e.contains("消费者甲"));
    }

    private static JsonNode fileBoth() {
        Map<String, Object> body = Map.of(
                "kind", "BOTH",
                "complainant", Map.of("name", "消费者甲", "phone", "13800138000", "address", "杭州市西湖区文三路1号"),
                "respondent", Map.of("name", "杭州示例食品有限公司", "uscc", ENT_A, "address", "杭州市西湖区示例路8号",
                        "region", "330106"),
                "category", "food",
                "attributes", Map.of("product_name", "速冻水饺", "brand", "好味", "model", "500g/袋",
                        "purchase_date", "2026-11-20", "purchase_place", "西湖区某超市"),
                "request", "退货并赔偿",
                "facts", "购买的速冻水饺已超过保质期仍在销售",
                "channel", "APP");
        String key = UUID.randomUUID().toString();
        // sent twice with one key, as a phone retries: one submission
        HttpResponse<String> first = postRaw("/api/complaint/v1/cases", "consumer1", body, key);
        HttpResponse<String> again = postRaw("/api/complaint/v1/cases", "consumer1", body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        return Api.JSON.readTree(first.body());
    }

    private static void restartComplaint() {
        stack.complaint.kill();
        stack.complaint.start();
        stack.complaint.awaitReady(Duration.ofMinutes(3));
    }

    private static Api.Response post(String path, String user, Object body) {
        return Api.post(stack.gateway.uri(path), stack.token(user), body == null ? "" : Api.json(body));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private static HttpResponse<String> postRaw(String path, String user, Object body, String key) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway.uri(path).toString()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + stack.token(user))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(Api.json(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
