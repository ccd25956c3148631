package org.qsp.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import tools.jackson.databind.JsonNode;

/**
 * Open sampling tasks of ent-a for inspector1's pair, one per base request that fulfils one (the form, the
 * cannot-sample, the refusal): re-check tasks, opened as rectification's re-check requests open them. The pool's
 * other Hangzhou inspectors (the edge suites' fresh ones) declare a conflict with ent-a, so the pair is inspector1
 * and inspector2.
 */
final class EdgeTasks {

    final String form;
    final String cannotSample;
    final String refusal;

    EdgeTasks(Stack stack) {
        form = open(stack);
        cannotSample = open(stack);
        refusal = open(stack);
    }

    static String open(Stack stack) {
        return openFor(stack, "RT-edge-" + UUID.randomUUID());
    }

    /**
     * Publishes rectification's re-check request (round 1) of its task for ent-a and waits for the re-check task in
     * inspector1's tasks; the task's id.
     */
    static String openFor(Stack stack, String rectificationTask) {
        Events.publish(stack, EventCatalog.RECTIFICATION_RECHECK_REQUESTED, rectificationTask,
                new RectificationRecheckRequested(rectificationTask, UUID.randomUUID().toString(),
                        new EnterpriseRef(EdgeWorld.ENT_A, "杭州示例食品有限公司", EdgeWorld.HANGZHOU),
                        new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), 1, LocalDate.now().plusDays(60),
                        Instant.now()));
        return await("the re-check task of " + rectificationTask).atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(300)).until(() -> taskOf(stack, "inspector1", rectificationTask),
                        id -> id != null);
    }

    /** The id of the inspector's task whose source is {@code source}, or null. */
    static String taskOf(Stack stack, String inspector, String source) {
        JsonNode mine = Api.get(stack.inspection.uri("/api/inspection/v1/tasks/mine?size=100"),
                stack.token(inspector)).body();
        return mine.path("items").valueStream().filter(t -> source.equals(t.path("source").asString()))
                .map(t -> t.path("taskId").asString()).findFirst().orElse(null);
    }
}
