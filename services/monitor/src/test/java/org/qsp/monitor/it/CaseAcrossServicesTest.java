package org.qsp.monitor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.tracing.Span;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qsp.contracts.EventCatalog;
import org.qsp.monitor.alert.Alert;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A failed sample, the task it opened, the task's acknowledgement and the credit class change it caused (in the same
 * trace, naming only the enterprise), each delivered twice: one timeline, each event once, in order; the KPI counts
 * it once; the class change to D raises one alert that the regulator acknowledges and resolves.
 */
class CaseAcrossServicesTest extends MonitorIntegrationTest {

    @Test
    void a_failed_sample_its_task_and_its_credit_change_make_one_timeline_even_when_each_arrives_twice()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String sampleId = UUID.randomUUID().toString();
        String taskId = "RT-" + sampleId;
        Span trace = newTrace();
        List<RecordMetadata> sent = new ArrayList<>();
        sent.addAll(List.of(twice(EventCatalog.CREDIT_CLASS_CHANGED, uscc, classChanged(uscc, "B", "D"), trace)));
        sent.addAll(List.of(twice(EventCatalog.SAMPLE_FAILED, sampleId,
                failed(sampleId, uscc, Instant.parse("2026-11-25T02:00:00Z")), trace)));
        sent.addAll(List.of(twice(EventCatalog.RECTIFICATION_TASK_OPENED, taskId,
                taskFor(sampleId, uscc, LocalDate.parse("2027-01-24")), trace)));
        sent.addAll(List.of(twice(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, taskId, acknowledged(taskId, uscc),
                newTrace())));
        kit.awaitConsumed(sent.toArray(RecordMetadata[]::new));

        JsonNode timeline = getJson("/api/monitor/v1/timeline?subject=" + sampleId, regulator());
        assertThat(timeline.path("kind").asString()).isEqualTo("sample");
        assertThat(timeline.path("uscc").asString()).isEqualTo(uscc);
        assertThat(timeline.path("region").asString()).isEqualTo(COUNTY);
        assertThat(types(timeline)).containsExactlyInAnyOrder(EventCatalog.SAMPLE_FAILED.type(),
                EventCatalog.RECTIFICATION_TASK_OPENED.type(), EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED.type(),
                EventCatalog.CREDIT_CLASS_CHANGED.type());
        JsonNode failure = timeline.path("entries").valueStream()
                .filter(e -> e.path("type").asString().equals(EventCatalog.SAMPLE_FAILED.type())).findFirst()
                .orElseThrow();
        assertThat(failure.path("summary").asString()).contains("抽检不合格", "速冻水饺");
        assertThat(failure.path("service").asString()).isEqualTo("inspection");
        assertThat(failure.path("traceId").asString()).isEqualTo(trace.context().traceId());
        assertThat(getJson("/api/monitor/v1/timeline?subject=" + taskId, regulator()).path("kind").asString())
                .isEqualTo("task");

        JsonNode enterprise = getJson("/api/monitor/v1/enterprises/" + uscc + "/timeline", regulator());
        assertThat(enterprise.path("creditClass").asString()).isEqualTo("D");
        assertThat(enterprise.path("creditScore").asInt()).isEqualTo(40);
        assertThat(enterprise.path("name").asString()).isEqualTo("杭州示例食品有限公司");
        assertThat(types(enterprise)).contains(EventCatalog.SAMPLE_FAILED.type(),
                EventCatalog.RECTIFICATION_TASK_OPENED.type(), EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED.type(),
                EventCatalog.CREDIT_CLASS_CHANGED.type()).doesNotHaveDuplicates();

        JsonNode month = getJson("/api/monitor/v1/kpis?region=" + COUNTY + "&from=2026-11&to=2026-11", regulator())
                .path("months").get(0);
        assertThat(month.path("month").asString()).isEqualTo("2026-11");
        assertThat(month.path("sampling").path("failed").asLong()).isEqualTo(1);

        String alertId = Alert.idOf("credit-class-d", uscc);
        JsonNode open = getJson("/api/monitor/v1/alerts?state=OPEN", regulator());
        assertThat(open.path("alerts").valueStream().filter(a -> a.path("alertId").asString().equals(alertId)))
                .singleElement().satisfies(a -> {
                    assertThat(a.path("rule").asString()).isEqualTo("credit-class-d");
                    assertThat(a.path("severity").asString()).isEqualTo("CRITICAL");
                    assertThat(a.path("uscc").asString()).isEqualTo(uscc);
                });
        kit.awaitPublished(Alert.class, alertId);
        assertThat(kit.published(EventCatalog.MONITOR_ALERT_RAISED, alertId)).hasSize(1);

        send(post("/api/monitor/v1/alerts/" + alertId + "/acknowledgement"), shenzhen(), 404);
        JsonNode acknowledged = send(post("/api/monitor/v1/alerts/" + alertId + "/acknowledgement"), regulator(), 200);
        assertThat(acknowledged.path("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.path("acknowledgedBy").asString()).isEqualTo("regulator-hz");
        JsonNode again = send(post("/api/monitor/v1/alerts/" + alertId + "/acknowledgement"), regulator(), 409);
        assertThat(again.path("code").asString()).isEqualTo("illegal-transition");
        assertThat(send(post("/api/monitor/v1/alerts/" + alertId + "/resolution"), regulator(), 200)
                .path("state").asString()).isEqualTo("RESOLVED");
    }

    @ParameterizedTest(name = "the credit change consumed {0} the sample")
    @ValueSource(strings = {"before", "after"})
    void an_event_that_names_no_case_joins_the_case_of_its_trace_whichever_is_projected_first(String order)
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String sampleId = UUID.randomUUID().toString();
        Span trace = newTrace();
        RecordMetadata[] change = null;
        if (order.equals("before")) {
            change = twice(EventCatalog.CREDIT_CLASS_CHANGED, uscc, classChanged(uscc, "A", "B"), trace);
            kit.awaitConsumed(change);
        }
        // September: not the month whose failures the other test counts
        RecordMetadata[] failure = twice(EventCatalog.SAMPLE_FAILED, sampleId,
                failed(sampleId, uscc, Instant.parse("2026-09-26T02:00:00Z")), trace);
        kit.awaitConsumed(failure);
        if (change == null) {
            kit.awaitConsumed(twice(EventCatalog.CREDIT_CLASS_CHANGED, uscc, classChanged(uscc, "A", "B"), trace));
        }

        assertThat(types(getJson("/api/monitor/v1/timeline?subject=" + sampleId, regulator())))
                .containsExactlyInAnyOrder(EventCatalog.SAMPLE_FAILED.type(), EventCatalog.CREDIT_CLASS_CHANGED.type());
    }

    @Test
    void a_regulator_of_another_region_finds_neither_the_timeline_nor_the_alerts() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String sampleId = UUID.randomUUID().toString();
        kit.awaitConsumed(once(EventCatalog.SAMPLE_FAILED, sampleId,
                failed(sampleId, uscc, Instant.parse("2026-11-25T02:00:00Z")), newTrace()),
                once(EventCatalog.CREDIT_CLASS_CHANGED, uscc, classChanged(uscc, "C", "D"), newTrace()));
        getJson("/api/monitor/v1/timeline?subject=" + sampleId, regulator());

        JsonNode problem = send(get("/api/monitor/v1/timeline?subject=" + sampleId), shenzhen(), 404);
        assertThat(problem.path("code").asString()).isNotBlank();
        send(get("/api/monitor/v1/timeline?subject=no-such-subject"), regulator(), 404);
        send(get("/api/monitor/v1/enterprises/" + uscc + "/timeline"), shenzhen(), 404);
        assertThat(getJson("/api/monitor/v1/alerts", shenzhen()).path("alerts").valueStream()
                .map(a -> a.path("uscc").asString())).doesNotContain(uscc);
        send(get("/api/monitor/v1/timeline?subject=" + sampleId), Tokens.enterprise("ent", uscc), 403);
        send(get("/api/monitor/v1/kpis?region=440300"), regulator(), 403);
        send(get("/api/monitor/v1/kpis?from=2026-13"), regulator(), 400);
        send(get("/api/monitor/v1/operations"), regulator(), 403);
        send(get("/api/monitor/v1/stream"), Tokens.enterprise("ent", uscc), 403);
        send(get("/api/monitor/v1/stream").header("Last-Event-ID", "yesterday"), regulator(), 400);
        send(get("/api/monitor/v1/stream?region=33x"), regulator(), 400);
        send(get("/api/monitor/v1/stream"), withoutToken -> withoutToken, 401);
        assertThat(getJson("/api/monitor/v1/operations", Tokens.admin()).has("deadLetters")).isTrue();
    }

    private static List<String> types(JsonNode timeline) {
        return timeline.path("entries").valueStream().map(e -> e.path("type").asString()).toList();
    }
}
