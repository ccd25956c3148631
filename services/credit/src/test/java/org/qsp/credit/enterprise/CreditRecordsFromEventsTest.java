package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.Topics;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.events.InvalidEvent;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.TopicRecorder;

class CreditRecordsFromEventsTest extends CreditIntegrationTest {

    static final String INSPECTION = "/qsp/inspection/";
    static final String RECTIFICATION = "/qsp/rectification/";
    static final Instant NOW = Instant.parse("2026-03-05T09:30:00Z");

    @Autowired
    MongoTemplate mongo;

    final String uscc = TestUsccs.valid("330100");

    @Test
    void a_failed_sample_becomes_one_record_and_moves_the_enterprise_from_A_to_B() {
        kit.clock().set(NOW);
        String sampleId = "S-1-" + uscc;
        String eventId = UUID.randomUUID().toString();

        kit.awaitConsumed(kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, sampleId,
                ContractFixtures.finalFail(sampleId, uscc, false), eventId)));

        assertThat(recordsOf(uscc)).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(INSPECTION + eventId);
            assertThat(record.type()).isEqualTo(RecordType.SAMPLE_FAILED);
            assertThat(record.sourceType()).isEqualTo(EventCatalog.SAMPLE_FINALIZED.type());
            assertThat(record.sourceId()).isEqualTo(sampleId);
            assertThat(record.occurredAt()).isEqualTo(ContractFixtures.AT);
            assertThat(record.recordedAt()).isEqualTo(NOW);
            assertThat(record.description()).contains(sampleId, "速冻水饺", "菌落总数");
        });
        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.name()).isEqualTo("杭州示例食品有限公司");
        assertThat(enterprise.region()).isEqualTo("330100");
        assertThat(enterprise.riskClass()).isEqualTo(RiskClass.B);
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 1, -15));
        assertThat(enterprise.inFlight()).isEmpty();
        assertThat(recordsOf(uscc)).singleElement().satisfies(record -> {
            assertThat(record.counted()).isTrue();
            assertThat(enterprise.pointsOf(record)).isEqualTo(-15);
        });
        List<ConsumerRecord<String, String>> published = kit.published(EventCatalog.CREDIT_CLASS_CHANGED, uscc);
        assertThat(published).singleElement().satisfies(TopicRecorder::assertContractValid);
        assertThat(classChanges(uscc)).containsExactly(new CreditClassChanged(uscc, "A", "B", 85, NOW));
    }

    @Test
    void the_same_event_delivered_twice_makes_one_record_and_one_class_change() {
        String sampleId = "S-twice-" + uscc;
        String eventId = UUID.randomUUID().toString();
        var failed = ContractFixtures.finalFail(sampleId, uscc, false);

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, sampleId, failed, eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, sampleId, failed, eventId));

        kit.awaitConsumed(first, again);
        assertThat(recordsOf(uscc)).hasSize(1);
        assertThat(awaitPublished(uscc).score()).isEqualTo(85);
        assertThat(classChanges(uscc)).hasSize(1);
    }

    @Test
    void a_second_failed_sample_adds_a_second_record_and_moves_the_enterprise_on_from_B_to_C() {
        kit.awaitConsumed(failSample("S-a-" + uscc, false));
        kit.awaitConsumed(failSample("S-b-" + uscc, false));

        assertThat(recordsOf(uscc)).extracting(CreditRecord::sourceId)
                .containsExactlyInAnyOrder("S-a-" + uscc, "S-b-" + uscc);
        assertThat(awaitPublished(uscc).explanation())
                .containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 2, -15));
        assertThat(classChanges(uscc)).extracting(CreditClassChanged::previousClass,
                CreditClassChanged::currentClass, CreditClassChanged::score)
                .containsExactly(tuple("A", "B", 85), tuple("B", "C", 70));
    }

    @Test
    void a_score_that_moves_within_the_lowest_class_raises_no_further_class_change() {
        kit.awaitConsumed(failSample("S-x-" + uscc, true), failSample("S-y-" + uscc, true));
        awaitPublished(uscc);
        List<CreditClassChanged> before = classChanges(uscc);
        assertThat(before).last().extracting(CreditClassChanged::currentClass).isEqualTo("D");

        kit.awaitConsumed(failSample("S-z-" + uscc, false));

        assertThat(awaitPublished(uscc).score()).isEqualTo(25);
        assertThat(classChanges(uscc)).isEqualTo(before);
    }

    @Test
    void a_passed_sample_leaves_no_record_and_raises_no_event() {
        String sampleId = "S-pass-" + uscc;

        kit.awaitConsumed(kit.publish(EventCatalog.SAMPLE_PASSED, sampleId,
                ContractFixtures.samplePassed(sampleId, uscc)));

        assertThat(recordsOf(uscc)).isEmpty();
        assertThat(mongo.findById(uscc, Enterprise.class)).isNull();
        assertThat(classChanges(uscc)).isEmpty();
    }

    @Test
    void a_safety_related_failure_costs_the_safety_points() {
        kit.awaitConsumed(failSample("S-hazard-" + uscc, true));

        assertThat(recordsOf(uscc)).singleElement().extracting(CreditRecord::type)
                .isEqualTo(RecordType.SAMPLE_FAILED_SAFETY);
        awaitPublished(uscc);
        assertThat(classChanges(uscc)).singleElement().satisfies(change -> {
            assertThat(change.score()).isEqualTo(70);
            assertThat(change.currentClass()).isEqualTo("C");
        });
    }

    @Test
    void an_overdue_rectification_adds_its_record_while_opened_and_acknowledged_tasks_add_none() {
        String sampleId = "S-rt-" + uscc;
        String taskId = "RT-" + sampleId;
        String overdueId = UUID.randomUUID().toString();
        kit.awaitConsumed(failSample(sampleId, false));

        kit.awaitConsumed(
                kit.publish(EventCatalog.RECTIFICATION_TASK_OPENED, taskId,
                        ContractFixtures.taskOpened(taskId, sampleId, uscc)),
                kit.publish(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, taskId,
                        ContractFixtures.taskAcknowledged(taskId, uscc)),
                kit.send(TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskId,
                        ContractFixtures.taskOverdue(taskId, uscc), overdueId)));

        List<CreditRecord> found = recordsOf(uscc);
        assertThat(found).hasSize(2);
        assertThat(found).filteredOn(r -> r.type() == RecordType.RECTIFICATION_OVERDUE).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(RECTIFICATION + overdueId);
                    assertThat(r.sourceId()).isEqualTo(taskId);
                    assertThat(r.sourceType()).isEqualTo(EventCatalog.RECTIFICATION_TASK_OVERDUE.type());
                });
        awaitPublished(uscc);
        assertThat(classChanges(uscc)).extracting(CreditClassChanged::previousClass,
                CreditClassChanged::currentClass, CreditClassChanged::score)
                .containsExactly(tuple("A", "B", 85), tuple("B", "C", 65));
    }

    @Test
    void an_overdue_task_of_an_enterprise_not_seen_before_places_it_in_the_region_of_its_uscc() {
        String stranger = TestUsccs.valid("330106");

        kit.awaitConsumed(kit.publish(EventCatalog.RECTIFICATION_TASK_OVERDUE, "RT-x-" + stranger,
                ContractFixtures.taskOverdue("RT-x-" + stranger, stranger)));

        assertThat(recordsOf(stranger)).hasSize(1);
        Enterprise enterprise = awaitPublished(stranger);
        assertThat(enterprise.region()).isEqualTo("330106");
        assertThat(enterprise.name()).isNull();
        assertThat(classChanges(stranger)).singleElement().satisfies(change -> {
            assertThat(change.score()).isEqualTo(80);
            assertThat(change.currentClass()).isEqualTo("B");
        });
    }

    @Test
    void failures_of_one_enterprise_processed_concurrently_are_all_counted_once() {
        List<RecordMetadata> sent = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String sampleId = "S-many-" + i + "-" + uscc;
            var failed = TestEvents.record(EventCatalog.SAMPLE_FINALIZED, sampleId,
                    ContractFixtures.finalFail(sampleId, uscc, false));
            sent.add(kit.send(onPartition(failed, i % 3)));
        }
        for (int i = 0; i < 3; i++) {
            String taskId = "RT-many-" + i + "-" + uscc;
            var overdue = TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskId,
                    ContractFixtures.taskOverdue(taskId, uscc));
            sent.add(kit.send(onPartition(overdue, i)));
        }

        kit.awaitConsumed(sent.toArray(RecordMetadata[]::new));

        assertThat(recordsOf(uscc)).hasSize(12);
        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.score()).as("held at the floor").isZero();
        assertThat(enterprise.unboundedScore()).isEqualTo(100 - 9 * 15 - 3 * 20);
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 9, -15),
                new Contribution(RecordType.RECTIFICATION_OVERDUE, 3, -20));
        assertThat(enterprise.inFlight()).isEmpty();
        assertThat(recordsOf(uscc)).allMatch(CreditRecord::counted);
        assertThat(recording.recount(uscc).changed()).isFalse();
        List<CreditClassChanged> changes = classChanges(uscc);
        assertThat(changes).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(changes.getFirst().previousClass()).isEqualTo("A");
        assertThat(changes.getLast().currentClass()).isEqualTo("D");
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).previousClass()).isEqualTo(changes.get(i - 1).currentClass());
        }
    }

    @Test
    void an_event_recorded_before_rewrites_nothing_when_it_comes_again() {
        String sampleId = "S-again-" + uscc;
        var failed = event(EventCatalog.SAMPLE_FINALIZED, "again-" + uscc, sampleId,
                ContractFixtures.finalFail(sampleId, uscc, false));
        recording.sampleFinalized(failed);
        Long version = awaitPublished(uscc).getVersion();

        recording.sampleFinalized(failed);

        assertThat(mongo.findById(uscc, Enterprise.class).getVersion()).isEqualTo(version);
        assertThat(recordsOf(uscc)).hasSize(1);
    }

    @Test
    void a_crash_between_storing_the_record_and_reassessing_heals_when_the_event_comes_again() {
        String sampleId = "S-crash-" + uscc;
        String eventId = UUID.randomUUID().toString();
        var failed = ContractFixtures.finalFail(sampleId, uscc, false);
        records.insertIfAbsent(CreditRecord.of(INSPECTION + eventId, EventCatalog.SAMPLE_FINALIZED.type(), failed,
                Instant.now()));

        kit.awaitConsumed(kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, sampleId, failed, eventId)));

        assertThat(recordsOf(uscc)).singleElement().extracting(CreditRecord::counted).isEqualTo(true);
        assertThat(awaitPublished(uscc).score()).isEqualTo(85);
        assertThat(classChanges(uscc)).singleElement().extracting(CreditClassChanged::currentClass)
                .isEqualTo("B");
    }

    @Test
    void malformed_records_go_to_their_dead_letter_topics_and_the_next_records_are_still_processed() {
        String sampleKey = "S-poison-" + uscc;
        String taskKey = "RT-poison-" + uscc;
        var overdue = TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskKey,
                ContractFixtures.taskOverdue(taskKey, uscc));
        var schemaInvalid = new ProducerRecord<>(Topics.RECTIFICATION_TASKS_NAME, null, taskKey,
                "{\"taskId\":\"" + taskKey + "\",\"uscc\":\"not a uscc\"}", overdue.headers());

        kit.awaitConsumed(
                kit.send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, sampleKey, "{not json")),
                kit.send(schemaInvalid),
                failSample(sampleKey, false),
                kit.send(overdue));

        assertThat(recordsOf(uscc)).extracting(CreditRecord::type)
                .containsExactlyInAnyOrder(RecordType.SAMPLE_FAILED, RecordType.RECTIFICATION_OVERDUE);
        assertThat(deadLetter(Topics.INSPECTION_SAMPLES.deadLetterTopic(), sampleKey).value())
                .isEqualTo("{not json");
        assertThat(deadLetter(Topics.RECTIFICATION_TASKS.deadLetterTopic(), taskKey).value())
                .contains("not a uscc");
    }

    @Test
    void a_fail_not_yet_final_a_fail_overturned_to_pass_and_a_final_risk_monitoring_fail_record_nothing() {
        String pending = "S-pending-" + uscc;
        String overturned = "S-overturned-" + uscc;
        String monitoring = "S-monitoring-" + uscc;
        RecordMetadata notFinal = kit.publish(EventCatalog.SAMPLE_FAILED, pending,
                ContractFixtures.sampleFailed(pending, uscc, true));
        RecordMetadata passAfterRetest = kit.publish(EventCatalog.SAMPLE_FINALIZED, overturned,
                ContractFixtures.sampleFinalized(overturned, uscc, "PASS", "RETEST", "SUPERVISORY"));
        RecordMetadata riskMonitoring = kit.publish(EventCatalog.SAMPLE_FINALIZED, monitoring,
                ContractFixtures.sampleFinalized(monitoring, uscc, "FAIL", "RISK_MONITORING", "RISK_MONITORING"));
        RecordMetadata marker = failSample("S-after-" + uscc, false);
        kit.awaitConsumed(notFinal, passAfterRetest, riskMonitoring, marker);

        assertThat(recordsOf(uscc)).extracting(CreditRecord::sourceId).containsExactly("S-after-" + uscc);
    }

    @Test
    void the_final_fail_of_a_recheck_sample_records_nothing() {
        String recheck = "S-recheck-" + uscc;
        SampleFinalized f = ContractFixtures.sampleFinalized(recheck, uscc, "FAIL", "ACCEPTED", "SUPERVISORY");
        RecordMetadata recheckFail = kit.publish(EventCatalog.SAMPLE_FINALIZED, recheck, new SampleFinalized(
                f.sampleId(), f.verdict(), f.basis(), f.finalizedAt(), f.enterprise(), f.product(), f.sampledAt(),
                f.concludedAt(), f.failedItems(), f.safetyRelated(), f.samplingType(), f.category(),
                f.productClass(), "TK-RECHECK-1", "RECHECK"));
        RecordMetadata marker = failSample("S-after-" + uscc, false);
        kit.awaitConsumed(recheckFail, marker);

        assertThat(recordsOf(uscc)).extracting(CreditRecord::sourceId).containsExactly("S-after-" + uscc);
    }

    @Test
    void a_refused_sampling_becomes_one_negative_record() {
        kit.clock().set(NOW);
        String sampleId = "S-refused-" + uscc;
        String eventId = UUID.randomUUID().toString();
        var refused = ContractFixtures.samplingRefused(sampleId, uscc);
        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.SAMPLING_REFUSED, sampleId, refused, eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.SAMPLING_REFUSED, sampleId, refused, eventId));
        kit.awaitConsumed(first, again);

        assertThat(recordsOf(uscc)).singleElement().satisfies(record -> {
            assertThat(record.type()).isEqualTo(RecordType.SAMPLING_REFUSED);
            assertThat(record.sourceId()).isEqualTo(sampleId);
            assertThat(record.occurredAt()).isEqualTo(ContractFixtures.AT);
            assertThat(record.description()).contains("refused", "TASK-1");
        });
        assertThat(awaitPublished(uscc).explanation())
                .containsExactly(new Contribution(RecordType.SAMPLING_REFUSED, 1, -20));
    }

    private RecordMetadata failSample(String sampleId, boolean safetyRelated) {
        return kit.publish(EventCatalog.SAMPLE_FINALIZED, sampleId,
                ContractFixtures.finalFail(sampleId, uscc, safetyRelated));
    }

    private static ProducerRecord<String, String> onPartition(ProducerRecord<String, String> record, int partition) {
        return new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers());
    }

    /** The one dead letter of that key, once the recorder read everything the topics hold. */
    private ConsumerRecord<String, String> deadLetter(String topic, String key) {
        List<ConsumerRecord<String, String>> dead = kit.recorder().awaitCaughtUp().records().stream()
                .filter(r -> r.topic().equals(topic) && key.equals(r.key())).toList();
        assertThat(dead).singleElement().satisfies(r -> assertThat(
                TopicRecorder.header(r, "kafka_dlt-exception-cause-fqcn")).isEqualTo(InvalidEvent.class.getName()));
        return dead.getFirst();
    }
}
