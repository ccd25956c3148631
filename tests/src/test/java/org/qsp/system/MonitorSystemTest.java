package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import tools.jackson.databind.JsonNode;

/**
 * The regulator console's data across the real processes, through the gateway: regulator1 watches the live stream
 * while inspectors record failed samples of a new Hangzhou enterprise; the stream brings the sample failed, its
 * rectification task and the credit class change, the sample's timeline links them, the KPIs count them, the second
 * safety failure moves the class to D and raises one alert that regulator1 acknowledges (a second acknowledgement
 * is a 409). A Ningbo failure reaches the provincial regulator's stream but never regulator1's; a stream opened again
 * with Last-Event-ID gets what came after that event.
 */
class MonitorSystemTest {

    private static final String NINGBO_COUNTY = "330203";
    private static final Duration FLOW = Duration.ofMinutes(2);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Stack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
    }

    private final Flow flow = new Flow(stack);

    @Test
    void a_failed_sample_reaches_the_stream_the_timeline_the_kpis_and_a_class_change_to_d_raises_an_alert()
            throws Exception {
        String uscc = flow.newUscc();
        String month = YearMonth.now(SHANGHAI).toString();
        long failedBefore = failedThisMonth(month);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String ningbo = UUID.randomUUID().toString();
        try (MonitorStream regulator1 = stream("regulator1", "");
                MonitorStream province = stream("regulator-zj", "?region=3302")) {
            assertThat(regulator1.status()).isEqualTo(200);
            assertThat(regulator1.contentType()).startsWith("text/event-stream");
            safetyFailure(first, uscc, Flow.COUNTY);
            safetyFailure(ningbo, flow.newUscc(NINGBO_COUNTY), NINGBO_COUNTY);

            MonitorStream.Event failed = regulator1.await("sample " + first + " failed in the stream", FLOW,
                    MonitorStream.ofType(EventCatalog.SAMPLE_FAILED.type(), first));
            assertThat(failed.id()).isNotBlank();
            assertThat(failed.data().path("summary").asString()).contains("抽检不合格");
            assertThat(failed.data().path("region").asString()).isEqualTo(Flow.COUNTY);
            regulator1.await("the task of " + first + " in the stream", FLOW,
                    MonitorStream.ofType(EventCatalog.RECTIFICATION_TASK_OPENED.type(), first));
            regulator1.await("the class change of " + uscc + " in the stream", FLOW, e -> "qsp".equals(e.name())
                    && EventCatalog.CREDIT_CLASS_CHANGED.type().equals(e.data().path("type").asString())
                    && uscc.equals(e.data().path("uscc").asString()));
            province.await("the Ningbo failure in the provincial stream", FLOW,
                    MonitorStream.ofType(EventCatalog.SAMPLE_FAILED.type(), ningbo));
            await("a heartbeat (every second here) on the open stream").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200)).until(regulator1::heartbeats, n -> n > 0);

            safetyFailure(second, uscc, Flow.COUNTY);
            regulator1.await("sample " + second + " failed in the stream", FLOW,
                    MonitorStream.ofType(EventCatalog.SAMPLE_FAILED.type(), second));
            stack.awaitSettled();
            assertThat(regulator1.events()).as("regulator1 never sees a Ningbo event")
                    .noneMatch(e -> e.data().path("region").asString().startsWith("3302"));
            assertThat(regulator1.events().stream().filter(e -> "qsp".equals(e.name())).map(MonitorStream.Event::id))
                    .doesNotHaveDuplicates();

            try (MonitorStream resumed = stream("regulator1", "", failed.id())) {
                MonitorStream.Event next = resumed.await("the events after " + failed.id(), FLOW,
                        e -> "qsp".equals(e.name()));
                assertThat(Long.parseLong(next.id())).isGreaterThan(Long.parseLong(failed.id()));
                assertThat(resumed.events()).noneMatch(e -> e.id() != null && e.id().equals(failed.id()));
                resumed.await("sample " + second + " again, from the ring", FLOW,
                        MonitorStream.ofType(EventCatalog.SAMPLE_FAILED.type(), second));
            }
        }

        JsonNode timeline = await("the timeline of " + first + " with its task and credit change").atMost(FLOW)
                .pollInterval(Duration.ofSeconds(1)).until(() -> ok(get("/api/monitor/v1/timeline?subject=" + first,
                        "regulator1")), t -> types(t).containsAll(List.of(EventCatalog.SAMPLE_FAILED.type(),
                                EventCatalog.RECTIFICATION_TASK_OPENED.type(),
                                EventCatalog.CREDIT_CLASS_CHANGED.type())));
        assertThat(timeline.path("kind").asString()).isEqualTo("sample");
        assertThat(timeline.path("uscc").asString()).isEqualTo(uscc);
        assertThat(types(timeline)).filteredOn(EventCatalog.SAMPLE_FAILED.type()::equals).hasSize(1);
        assertThat(get("/api/monitor/v1/timeline?subject=" + ningbo, "regulator1").status()).isEqualTo(404);

        assertThat(failedThisMonth(month) - failedBefore).as("the KPIs count both failures of this test once")
                .isEqualTo(2);

        String alertId = await("the class-D alert of " + uscc).atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                .until(() -> alertOf(uscc), a -> a != null).path("alertId").asString();
        Api.Response acknowledged = post("/api/monitor/v1/alerts/" + alertId + "/acknowledgement", "regulator1");
        assertThat(acknowledged.status()).as(acknowledged.raw()).isEqualTo(200);
        assertThat(acknowledged.body().path("state").asString()).isEqualTo("ACKNOWLEDGED");
        Api.Response again = post("/api/monitor/v1/alerts/" + alertId + "/acknowledgement", "regulator1");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(ok(get("/api/monitor/v1/alerts", "regulator1")).path("alerts").valueStream()
                .map(a -> a.path("region").asString())).allMatch(r -> r.startsWith("3301"));
        stack.awaitSettled();
        assertThat(Events.distinct(stack.recorder.ofType(EventCatalog.MONITOR_ALERT_RAISED, alertId))).hasSize(1);
    }

    /** A FAIL with a safety-related item: -30 points each (credit), so the second one moves a new enterprise to D. */
    private void safetyFailure(String sampleId, String uscc, String region) {
        assertThat(flow.putForm(sampleId, uscc, region).status()).isIn(200, 201);
        Api.Response result = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(Flow.result("FAIL", true)));
        assertThat(result.status()).as(result.raw()).isIn(200, 201);
        Api.Response accepted = flow.accept(sampleId, uscc);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    private long failedThisMonth(String month) {
        JsonNode kpis = ok(get("/api/monitor/v1/kpis?region=330100&from=" + month + "&to=" + month, "regulator1"));
        return kpis.path("months").get(0).path("sampling").path("failed").asLong();
    }

    private JsonNode alertOf(String uscc) {
        return ok(get("/api/monitor/v1/alerts?state=OPEN", "regulator1")).path("alerts").valueStream()
                .filter(a -> "credit-class-d".equals(a.path("rule").asString())
                        && uscc.equals(a.path("uscc").asString()))
                .findFirst().orElse(null);
    }

    private static List<String> types(JsonNode timeline) {
        return timeline.path("entries").valueStream().map(e -> e.path("type").asString()).toList();
    }

    private static MonitorStream stream(String user, String query) {
        return stream(user, query, null);
    }

    private static MonitorStream stream(String user, String query, String lastEventId) {
        return MonitorStream.open(stack.gateway.uri("/api/monitor/v1/stream" + query), stack.token(user),
                lastEventId);
    }

    private static Api.Response get(String path, String user) {
        return Api.get(stack.gateway.uri(path), stack.token(user));
    }

    private static Api.Response post(String path, String user) {
        return Api.post(stack.gateway.uri(path), stack.token(user), null);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }
}
