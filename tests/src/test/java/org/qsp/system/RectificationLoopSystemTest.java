package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;

/**
 * The whole rectification loop across the real processes, through the gateway (issue 11): a final FAIL opens the task,
 * the enterprise reports, the regulator accepts, inspection's RECHECK task is sampled. PASS: the task is CLOSED and the
 * stop-sale duty lifted. FAIL: the province's public notice and the second re-check's window; rectification is
 * restarted with its clock moved to the window's first day ({@code qsp.clock.offset}, ADR 0024), requests round 2,
 * is restarted on real time again, and the failed second re-check suspends the task and leaves a credit record.
 *
 * <p>The enterprise is ent-a, whose Hangzhou pair is inspector1 and inspector2 (the fresh pool inspectors of the edge
 * suites declare a conflict with it), so that inspector1 files the re-check forms.
 */
class RectificationLoopSystemTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration LONG = Duration.ofMinutes(2);

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void a_passed_recheck_closes_the_task_and_lifts_the_stop_sale_duty() {
        String task = reportedAndAccepted();

        String sampleId = recheckSample(recheckTaskId(task, 1), "PASS");
        stack.awaitSettled();

        JsonNode closed = await("the task closed").atMost(LONG).pollInterval(Duration.ofMillis(500))
                .until(() -> taskView(task), t -> "CLOSED".equals(t.path("status").asString()));
        assertThat(closed.path("stopSaleRequired").asBoolean()).isTrue();
        assertThat(closed.path("stopSaleLiftedAt").isString()).as(closed.toString()).isTrue();
        assertThat(closed.path("rechecks").get(0).path("sampleId").asString()).isEqualTo(sampleId);
        Api.Response notice = Api.get(stack.gateway.uri("/api/rectification/v1/notices/" + task),
                stack.token("ent-a"));
        assertThat(notice.status()).as(notice.raw()).isEqualTo(200);
        assertThat(notice.body().path("stopSaleLiftedAt").asString())
                .isEqualTo(closed.path("stopSaleLiftedAt").asString());
        assertThat(notice.body().path("history").valueStream().map(h -> h.path("step").asString()).toList())
                .containsSubsequence("NOTICE_ISSUED", "NOTICE_ACKNOWLEDGED", "REPORTED", "REPORT_ACCEPTED",
                        "RECHECK_REQUESTED", "RECHECK_PASSED", "CLOSED");
        var closedEvents = Events.distinct(stack.recorder.ofType(EventCatalog.RECTIFICATION_TASK_CLOSED, task));
        assertThat(closedEvents).singleElement().satisfies(TopicRecorder::assertContractValid);
    }

    @Test
    void a_failed_recheck_publishes_the_notice_a_second_recheck_from_day_60_and_its_failure_suspends() {
        String task = reportedAndAccepted();
        recheckSample(recheckTaskId(task, 1), "FAIL");
        stack.awaitSettled();

        JsonNode failed = await("the public notice").atMost(LONG).pollInterval(Duration.ofMillis(500))
                .until(() -> taskView(task), t -> "RECHECK_FAILED".equals(t.path("status").asString()));
        assertThat(failed.path("publicNotice").path("region").asString()).isEqualTo("330000");
        assertThat(failed.path("publicNotice").path("text").asString()).contains("速冻水饺");
        LocalDate from = LocalDate.parse(failed.path("secondRecheckFrom").asString());
        LocalDate by = LocalDate.parse(failed.path("secondRecheckBy").asString());
        LocalDate today = LocalDate.now(SHANGHAI);
        assertThat(ChronoUnit.DAYS.between(today, from)).isBetween(60L, 63L);
        assertThat(Api.get(stack.gateway.uri("/api/inspection/v1/tasks/" + recheckTaskId(task, 2)),
                stack.token("regulator1")).status()).as("no second round before day 60").isEqualTo(404);

        // rectification's clock on the window's first day: its schedule requests round 2, due by day 90
        long days = ChronoUnit.DAYS.between(today, from);
        try {
            restartRectification(Map.of("QSP_CLOCK_OFFSET", days + "d",
                    "QSP_RECTIFICATION_OVERDUECHECKINTERVAL", "2s"));
            Api.Response second = await("the round-2 re-check task").atMost(LONG).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Api.get(stack.gateway.uri("/api/inspection/v1/tasks/" + recheckTaskId(task, 2)),
                            stack.token("regulator1")), r -> r.status() == 200);
            assertThat(second.body().path("round").asInt()).isEqualTo(2);
            assertThat(second.body().path("dueBy").asString()).isEqualTo(by.toString());
        } finally {
            restartRectification(Map.of());
        }

        String secondSample = recheckSample(recheckTaskId(task, 2), "FAIL");
        stack.awaitSettled();
        JsonNode suspended = await("the suspension").atMost(LONG).pollInterval(Duration.ofMillis(500))
                .until(() -> taskView(task), t -> "SUSPENDED".equals(t.path("status").asString()));
        assertThat(suspended.path("licenceRevocationRecommended").asBoolean()).isTrue();
        assertThat(suspended.path("rechecks").get(1).path("sampleId").asString()).isEqualTo(secondSample);
        // the steps in the order they happened (the timeline sorts by time, and round 2 was requested on the moved
        // clock, after the real time of its conclusion)
        assertThat(suspended.path("history").valueStream().map(h -> h.path("kind").asString()).toList())
                .containsSubsequence("RECHECK_FAILED", "PUBLIC_NOTICE_PUBLISHED", "RECHECK_REQUESTED",
                        "RECHECK_FAILED", "SUSPENDED");
        for (var type : List.of(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, EventCatalog.RECTIFICATION_TASK_SUSPENDED)) {
            assertThat(Events.distinct(stack.recorder.ofType(type, task))).as(type.type()).singleElement()
                    .satisfies(TopicRecorder::assertContractValid);
        }
        assertThat(flow.creditRecords(EdgeWorld.ENT_A, task)).as("the failed re-check's credit record")
                .singleElement().satisfies(r -> assertThat(r.path("type").asString()).isEqualTo("RECHECK_FAILED"));
    }

    /** A final FAIL of ent-a, its task acknowledged, reported with evidence and accepted: round 1 requested. */
    private static String reportedAndAccepted() {
        String sampleId = UUID.randomUUID().toString();
        flow.sample(sampleId, EdgeWorld.ENT_A, EdgeWorld.HANGZHOU, "FAIL");
        String task = "RT-" + sampleId;
        String enterprise = stack.token("ent-a");
        String api = "/api/rectification/v1/tasks/" + task;
        await("the task of the final FAIL").atMost(LONG).pollInterval(Duration.ofMillis(300))
                .until(() -> Api.get(stack.gateway.uri(api), enterprise).status() == 200);
        assertThat(Api.post(stack.gateway.uri(api + "/acknowledgement"), enterprise, null).status()).isEqualTo(200);
        Api.Response uploaded = Api.put(stack.gateway.uri(api + "/evidence/lab-report"), enterprise,
                "application/pdf", TestImages.pdf(100_000, 3));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        Api.Response reported = Api.post(stack.gateway.uri(api + "/report"), enterprise, Api.json(Map.of(
                "measures", "问题批次已下架停售，更换原料供应商", "evidence", List.of("lab-report"))));
        assertThat(reported.status()).as(reported.raw()).isEqualTo(201);
        Api.Response reviewed = Api.post(stack.gateway.uri(api + "/report/review"), stack.token("regulator1"),
                Api.json(Map.of("decision", "ACCEPT")));
        assertThat(reviewed.status()).as(reviewed.raw()).isEqualTo(200);
        assertThat(reviewed.body().path("status").asString()).isEqualTo("RECHECK_REQUESTED");
        stack.awaitSettled();
        return task;
    }

    /**
     * inspector1 files the re-check form naming inspection's RECHECK task, lab1 the result; ent-a accepts a FAIL so
     * that it is final. The sample id.
     */
    private static String recheckSample(String recheckTask, String verdict) {
        Api.Response task = await("re-check task " + recheckTask).atMost(LONG).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.get(stack.gateway.uri("/api/inspection/v1/tasks/" + recheckTask),
                        stack.token("regulator1")), r -> r.status() == 200);
        assertThat(task.body().path("type").asString()).isEqualTo("RECHECK");
        assertThat(task.body().path("inspectorIds").valueStream().map(JsonNode::asString).toList())
                .contains("inspector1");
        String sampleId = UUID.randomUUID().toString();
        Map<String, Object> form = new HashMap<>(Flow.form(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU));
        form.put("taskId", recheckTask);
        Api.Response filed = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token("inspector1"), Api.json(form));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(201);
        Api.Response result = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(Flow.result(verdict)));
        assertThat(result.status()).as(result.raw()).isEqualTo(201);
        if ("FAIL".equals(verdict)) {
            Api.Response accepted = Api.post(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId
                    + "/result/acceptance"), stack.token("ent-a"), null);
            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        }
        return sampleId;
    }

    private static JsonNode taskView(String task) {
        Api.Response response = Api.get(stack.gateway.uri("/api/rectification/v1/tasks/" + task),
                stack.token("regulator1"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    /** Stops rectification gracefully (its outbox is out once the system settled) and starts it with {@code env}. */
    private static void restartRectification(Map<String, String> env) {
        stack.awaitSettled();
        stack.rectification.stop();
        stack.rectification.start(env);
        stack.rectification.awaitReady(Duration.ofMinutes(3));
    }

    /** Inspection's id of the re-check task of a rectification task's round ({@code Task.idFor(RECHECK, …)}). */
    private static String recheckTaskId(String rectificationTaskId, int round) {
        return "TK-" + DerivedIds.hex(12, "RECHECK", rectificationTaskId, String.valueOf(round));
    }
}
