package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskSource;
import org.qsp.rectification.task.TaskStatus;

/** A recall the regulator ordered opens one task with source RECALL; a voluntary recall opens none. */
class RecallTaskTest extends RectificationIntegrationTest {

    private static final String REGION = "330106";

    @Test
    void an_ordered_recall_opens_one_task_with_a_stop_sale_duty_and_deadlines_from_the_order_even_delivered_twice() {
        String uscc = TestUsccs.valid(REGION);
        String recallId = recallId();
        RecallInitiated ordered = ContractFixtures.recallInitiated(recallId, uscc, true);
        String eventId = UUID.randomUUID().toString();

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.RECALL_INITIATED, recallId, ordered, eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.RECALL_INITIATED, recallId, ordered, eventId));
        RecordMetadata republished = kit.publish(EventCatalog.RECALL_INITIATED, recallId, ordered);
        kit.awaitConsumed(first, again, republished);

        RectificationTask task = awaitPublished("RT-" + recallId);
        assertThat(task.source()).isEqualTo(new TaskSource(TaskSource.Type.RECALL, recallId));
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.enterprise().uscc()).isEqualTo(uscc);
        assertThat(task.product().name()).isEqualTo("速冻水饺");
        assertThat(task.order().orderedAt()).isEqualTo(ContractFixtures.AT);
        assertThat(task.order().stopSaleRequired()).isTrue();
        assertThat(allTasks()).filteredOn(t -> t.source().id().equals(recallId)).hasSize(1);
        var opened = kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-" + recallId);
        assertThat(opened).hasSize(1);
        RectificationTaskOpened event = kit.recorder().payload(opened.getFirst(),
                EventCatalog.RECTIFICATION_TASK_OPENED);
        assertThat(event.sourceType()).isEqualTo("RECALL");
        assertThat(event.sourceId()).isEqualTo(recallId);
        assertThat(event.correctionDeadline()).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    void a_voluntary_recall_opens_no_task() {
        String uscc = TestUsccs.valid(REGION);
        String recallId = recallId();

        kit.awaitConsumed(kit.publish(EventCatalog.RECALL_INITIATED, recallId,
                ContractFixtures.recallInitiated(recallId, uscc, false)));

        assertThat(tasks.find("RT-" + recallId)).isEmpty();
        assertThat(allTasks()).noneMatch(t -> t.enterprise().uscc().equals(uscc));
    }

    /** A fresh recall id of the recall service's form (RC- and 12 digits and capitals). */
    private static String recallId() {
        return "RC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
