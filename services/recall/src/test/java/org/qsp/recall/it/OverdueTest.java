package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.platform.test.TestUsccs;
import org.qsp.recall.recalls.Recall;

/** The overdue check raises recall.overdue once for each deadline a recall missed, whoever runs it how often. */
class OverdueTest extends RecallIntegrationTest {

    @Test
    void an_ordered_level_1_food_recall_without_a_plan_after_24_hours_is_overdue_once() throws Exception {
        kit.clock().set(Instant.parse("2026-11-02T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        String id = orderedAfterTheWindow(uscc, Map.of("productType", "FOOD", "level", 1,
                "hazardType", "MICROBIOLOGICAL"));
        Instant ordered = recalls.get(id).initiatedAt();

        kit.clock().set(ordered.plus(Duration.ofHours(23)));
        overdueCheck.run();
        assertThat(recalls.get(id).overdue()).isFalse();
        kit.clock().set(ordered.plus(Duration.ofHours(24)).plusSeconds(1));
        overdueCheck.run();
        overdueCheck.run();
        kit.clock().advance(Duration.ofDays(3));
        overdueCheck.run();

        Recall recall = awaitPublished(Recall.class, id);
        assertThat(recall.overdue()).isTrue();
        assertThat(recall.deadlines()).singleElement().satisfies(d -> assertThat(d.missedAt()).isNotNull());
        assertThat(overdueOf(id)).singleElement().satisfies(o -> {
            assertThat(o.deadline()).isEqualTo("START");
            assertThat(o.dueAt()).isEqualTo(ordered.plus(Duration.ofHours(24)));
            assertThat(o.producer().uscc()).isEqualTo(uscc);
        });
    }

    @Test
    void an_accepted_recall_that_misses_a_progress_report_and_its_summary_is_overdue_once_for_each() throws Exception {
        kit.clock().set(Instant.parse("2026-03-02T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        String id = ongoingRecall(uscc);
        Recall accepted = recalls.get(id);
        assertThat(accepted.deadlines()).extracting(d -> d.kind().name())
                .containsExactlyInAnyOrder("COMPLETION", "SUMMARY", "PROGRESS_REPORT");

        kit.clock().set(Instant.parse("2026-03-10T02:00:00Z"));
        overdueCheck.run();
        putJson(RECALLS + "/" + id + "/progress-reports/1", units(100, 0, 0, 0), enterprise(uscc));
        kit.clock().set(Instant.parse("2026-06-01T02:00:00Z"));
        overdueCheck.run();
        overdueCheck.run();

        awaitPublished(Recall.class, id);
        assertThat(overdueOf(id)).extracting(RecallOverdue::deadline)
                .containsExactlyInAnyOrder("PROGRESS_REPORT", "PROGRESS_REPORT", "COMPLETION", "SUMMARY");
        assertThat(recalls.get(id).nextDueAt()).isNull();
    }

    @Test
    void a_closed_recall_misses_nothing_more() throws Exception {
        kit.clock().set(Instant.parse("2026-03-02T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        String id = ongoingRecall(uscc);
        postJson(RECALLS + "/" + id + "/closure", Map.of("outcome", "TERMINATED", "reason", "产品经复检合格"),
                regulator());
        kit.clock().set(Instant.parse("2026-09-01T02:00:00Z"));
        overdueCheck.run();

        awaitPublished(Recall.class, id);
        assertThat(overdueOf(id)).isEmpty();
        assertThat(kit.published(EventCatalog.RECALL_TERMINATED, id)).hasSize(1);
    }

    /** An ordered recall: the producer let the objection window pass (the clock moves 30 days on). */
    String orderedAfterTheWindow(String uscc, Map<String, Object> order) throws Exception {
        String investigation = investigationOf(uscc);
        kit.clock().advance(Duration.ofDays(30));
        return send(post(INVESTIGATIONS + "/" + investigation + "/recall-order"), order, regulator(), 201)
                .get("recallId").asString();
    }

    private List<RecallOverdue> overdueOf(String id) {
        return kit.published(EventCatalog.RECALL_OVERDUE, id).stream()
                .map(r -> kit.recorder().payload(r, EventCatalog.RECALL_OVERDUE)).toList();
    }
}
