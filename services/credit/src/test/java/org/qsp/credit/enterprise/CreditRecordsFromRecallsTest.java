package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;

/**
 * What the recall service reports becomes credit: an ordered recall and each missed recall deadline lower the score; a
 * completed voluntary recall is a neutral record that says what came of it; nothing else a recall does is a record.
 */
class CreditRecordsFromRecallsTest extends CreditIntegrationTest {

    final String uscc = TestUsccs.valid("330106");

    @Test
    void an_ordered_recall_becomes_one_record_whose_source_is_the_recall_even_delivered_twice() {
        String recallId = ContractFixtures.RECALL_ID;
        RecallInitiated ordered = ContractFixtures.recallInitiated(recallId, uscc, true);
        String eventId = UUID.randomUUID().toString();

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.RECALL_INITIATED, recallId, ordered, eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.RECALL_INITIATED, recallId, ordered, eventId));
        kit.awaitConsumed(first, again);

        assertThat(recordsOf(uscc)).singleElement().satisfies(record -> {
            assertThat(record.type()).isEqualTo(RecordType.RECALL_ORDERED);
            assertThat(record.sourceId()).isEqualTo(recallId);
            assertThat(record.sourceType()).isEqualTo(EventCatalog.RECALL_INITIATED.type());
            assertThat(record.description()).contains(recallId, "速冻水饺", "food level 1", "MICROBIOLOGICAL");
            assertThat(record.counted()).isTrue();
        });
        assertThat(awaitPublished(uscc).explanation())
                .containsExactly(new Contribution(RecordType.RECALL_ORDERED, 1, -25));
    }

    @Test
    void each_missed_deadline_is_a_record_a_completed_voluntary_recall_a_neutral_one_and_the_rest_nothing() {
        String voluntary = "RC-VVVVVVVVVVVV";
        kit.awaitConsumed(
                kit.publish(EventCatalog.RECALL_INITIATED, voluntary,
                        ContractFixtures.recallInitiated(voluntary, uscc, false)),
                kit.publish(EventCatalog.RECALL_OVERDUE, voluntary,
                        ContractFixtures.recallOverdue(voluntary, uscc, "PROGRESS_REPORT")),
                kit.publish(EventCatalog.RECALL_OVERDUE, voluntary,
                        ContractFixtures.recallOverdue(voluntary, uscc, "SUMMARY")),
                kit.publish(EventCatalog.RECALL_PLAN_ACCEPTED, voluntary,
                        ContractFixtures.planAccepted(voluntary, uscc)),
                kit.publish(EventCatalog.RECALL_PROGRESS_REPORTED, voluntary,
                        ContractFixtures.progressReported(voluntary, uscc)),
                kit.publish(EventCatalog.RECALL_COMPLETED, voluntary,
                        ContractFixtures.recallCompleted(voluntary, uscc, "VOLUNTARY")),
                kit.publish(EventCatalog.RECALL_COMPLETED, "RC-OOOOOOOOOOOO",
                        ContractFixtures.recallCompleted("RC-OOOOOOOOOOOO", uscc, "ORDERED")));

        assertThat(recordsOf(uscc)).extracting(CreditRecord::type, CreditRecord::sourceId)
                .containsExactlyInAnyOrder(Tuple.tuple(RecordType.RECALL_OVERDUE, voluntary),
                        Tuple.tuple(RecordType.RECALL_OVERDUE, voluntary),
                        Tuple.tuple(RecordType.RECALL_VOLUNTARY_COMPLETED, voluntary));
        assertThat(recordsOf(uscc)).filteredOn(r -> r.type() == RecordType.RECALL_VOLUNTARY_COMPLETED)
                .singleElement().satisfies(r -> assertThat(r.description())
                        .contains("voluntary recall " + voluntary, "1000 of 1000 affected units", "100 %",
                                "of its own accord"));
        assertThat(recordsOf(uscc)).filteredOn(r -> r.type() == RecordType.RECALL_OVERDUE)
                .extracting(CreditRecord::description).anySatisfy(d -> assertThat(d).contains("summary deadline"));
        var enterprise = awaitPublished(uscc);
        assertThat(enterprise.score()).isEqualTo(100 - 10 - 10);
        assertThat(enterprise.explanation()).contains(new Contribution(RecordType.RECALL_VOLUNTARY_COMPLETED, 1, 0));
    }
}
