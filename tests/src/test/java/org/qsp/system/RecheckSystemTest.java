package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;

/**
 * Re-check sampling (复查) across the real processes: rectification's re-check request opens a RECHECK task for the
 * pair, the form names it and makes it DONE, and the sample's final verdict raises exactly one
 * inspection.recheck.concluded; it opens no second rectification task and makes no credit record. Counts are read
 * once the system has settled. The enterprise is ent-a (its Hangzhou pair is inspector1 and inspector2: the fresh
 * pool inspectors of the edge suites declare a conflict with it).
 */
class RecheckSystemTest {

    private static Stack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
    }

    @Test
    void a_recheck_task_sampled_and_failed_concludes_the_recheck_once_as_fail_with_no_second_task_or_record() {
        String rectificationTask = "RT-recheck-" + UUID.randomUUID();
        String taskId = EdgeTasks.openFor(stack, rectificationTask);
        String sampleId = sample(taskId, "FAIL");
        Api.Response accepted = Api.post(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId
                + "/result/acceptance"), stack.token("ent-a"), null);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        stack.awaitSettled();

        assertThat(concluded(sampleId)).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo("FAIL");
            assertThat(c.basis()).isEqualTo("ACCEPTED");
            assertThat(c.rectificationTaskId()).isEqualTo(rectificationTask);
            assertThat(c.round()).isEqualTo(1);
            assertThat(c.inspectionTaskId()).isEqualTo(taskId);
            assertThat(c.uscc()).isEqualTo(EdgeWorld.ENT_A);
            assertThat(c.region()).isEqualTo(EdgeWorld.HANGZHOU);
        });
        Api.Response secondTask = Api.get(stack.rectification.uri("/api/rectification/v1/tasks/"
                + EdgeWorld.task(sampleId)), stack.token("regulator1"));
        assertThat(secondTask.status()).as("a rectification task for the re-check's FAIL: %s", secondTask.raw())
                .isEqualTo(404);
        assertThat(new Flow(stack).creditRecords(EdgeWorld.ENT_A, sampleId)).isEmpty();
    }

    @Test
    void a_recheck_task_sampled_and_passed_concludes_the_recheck_once_as_pass() {
        String rectificationTask = "RT-recheck-" + UUID.randomUUID();
        String taskId = EdgeTasks.openFor(stack, rectificationTask);
        String sampleId = sample(taskId, "PASS");
        stack.awaitSettled();

        assertThat(concluded(sampleId)).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo("PASS");
            assertThat(c.rectificationTaskId()).isEqualTo(rectificationTask);
            assertThat(c.inspectionTaskId()).isEqualTo(taskId);
        });
    }

    /** inspector1 records the form for the task (twice: the same answer) and the lab the result; the sample id. */
    private static String sample(String taskId, String verdict) {
        JsonNode task = mineWith(taskId);
        assertThat(task.path("type").asString()).isEqualTo("RECHECK");
        assertThat(task.path("status").asString()).isEqualTo("OPEN");
        String sampleId = UUID.randomUUID().toString();
        Map<String, Object> form = new HashMap<>(Flow.form(EdgeWorld.ENT_A, EdgeWorld.HANGZHOU));
        form.put("taskId", taskId);
        for (int status : List.of(201, 200)) {
            Api.Response filed = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId),
                    stack.token("inspector1"), Api.json(form));
            assertThat(filed.status()).as(filed.raw()).isEqualTo(status);
        }
        JsonNode done = mineWith(taskId);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("sampleId").asString()).isEqualTo(sampleId);
        assertThat(done.path("outcome").asString()).isEqualTo("SAMPLED");
        Api.Response result = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(Flow.result(verdict)));
        assertThat(result.status()).as(result.raw()).isEqualTo(201);
        return sampleId;
    }

    /** The task as inspector1's list through the gateway shows it. */
    private static JsonNode mineWith(String taskId) {
        Api.Response mine = Api.get(stack.gateway.uri("/api/inspection/v1/tasks/mine?size=100"),
                stack.token("inspector1"));
        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        return mine.body().path("items").valueStream().filter(t -> taskId.equals(t.path("taskId").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(taskId + " is not in inspector1's tasks"));
    }

    private static List<RecheckConcluded> concluded(String sampleId) {
        var records = Events.distinct(stack.recorder.ofType(EventCatalog.RECHECK_CONCLUDED, sampleId));
        records.forEach(TopicRecorder::assertContractValid);
        return records.stream().map(r -> stack.recorder.payload(r, EventCatalog.RECHECK_CONCLUDED)).toList();
    }
}
