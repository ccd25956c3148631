package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.test.TestImages;

/**
 * The rectification report and its review across the real processes, through the gateway (issue 11): a final FAIL
 * opens the task, the enterprise acknowledges it, uploads evidence and reports; the regulator accepts the report,
 * the task is RECHECK_REQUESTED, and inspection opens one RECHECK task for the pair of the region.
 */
class ReportRecheckSystemTest {

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void an_accepted_report_requests_the_recheck_and_inspection_opens_one_recheck_task_for_the_pair() {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        flow.sample(sampleId, uscc, "FAIL");
        String task = "RT-" + sampleId;
        String enterprise = stack.enterpriseToken(uscc);
        String api = "/api/rectification/v1/tasks/" + task;
        await("the task of the final FAIL").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
                .until(() -> Api.get(stack.gateway.uri(api), enterprise).status() == 200);

        assertThat(Api.post(stack.gateway.uri(api + "/acknowledgement"), enterprise, null).status()).isEqualTo(200);
        byte[] pdf = TestImages.pdf(400_000, 1);
        Api.Response uploaded = Api.put(stack.gateway.uri(api + "/evidence/test-report"), enterprise,
                "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        assertThat(Api.put(stack.gateway.uri(api + "/evidence/test-report"), enterprise, "application/pdf", pdf)
                .status()).isEqualTo(200);
        Api.Response reported = Api.post(stack.gateway.uri(api + "/report"), enterprise, Api.json(Map.of(
                "measures", "问题批次已下架停售，更换原料供应商", "evidence", List.of("test-report"))));
        assertThat(reported.status()).as(reported.raw()).isEqualTo(201);
        assertThat(reported.body().path("status").asString()).isEqualTo("REPORTED");

        String regulator = stack.token("regulator1");
        Map<String, Object> accept = Map.of("decision", "ACCEPT", "note", "材料齐全，安排复查");
        Api.Response reviewed = Api.post(stack.gateway.uri(api + "/report/review"), regulator, Api.json(accept));
        assertThat(reviewed.status()).as(reviewed.raw()).isEqualTo(200);
        assertThat(reviewed.body().path("status").asString()).isEqualTo("RECHECK_REQUESTED");
        assertThat(Api.post(stack.gateway.uri(api + "/report/review"), regulator, Api.json(accept)).status())
                .as("the same review again").isEqualTo(200);
        stack.awaitSettled();

        // the pair is drawn from the region's inspectors, and the edge suites add some to Hangzhou's pool: the
        // re-check task is read by its id (derived from the rectification task and the round, as inspection derives
        // it), as a regulator of the region, not looked for in one inspector's list
        Api.Response recheck = Api.get(stack.gateway.uri("/api/inspection/v1/tasks/" + recheckTaskId(task, 1)),
                regulator);
        assertThat(recheck.status()).as(recheck.raw()).isEqualTo(200);
        assertThat(recheck.body().path("type").asString()).isEqualTo("RECHECK");
        assertThat(recheck.body().path("uscc").asString()).isEqualTo(uscc);
        assertThat(recheck.body().path("round").asInt()).isEqualTo(1);
        assertThat(recheck.body().path("inspectorIds").size()).isEqualTo(2);
        assertThat(recheck.body().path("dueBy").asString()).isEqualTo(reviewed.body().path("recheckDue").asString());
        assertThat(Api.get(stack.gateway.uri("/api/inspection/v1/tasks/" + recheckTaskId(task, 2)), regulator)
                .status()).as("no second round").isEqualTo(404);
        Api.Response shown = Api.get(stack.gateway.uri(api), enterprise);
        assertThat(shown.body().path("reports").size()).isEqualTo(1);
        assertThat(shown.body().path("reports").get(0).path("review").path("decision").asString()).isEqualTo("ACCEPT");
    }

    /** Inspection's id of the re-check task of a rectification task's round ({@code Task.idFor(RECHECK, …)}). */
    private static String recheckTaskId(String rectificationTaskId, int round) {
        return "TK-" + DerivedIds.hex(12, "RECHECK", rectificationTaskId, String.valueOf(round));
    }
}
