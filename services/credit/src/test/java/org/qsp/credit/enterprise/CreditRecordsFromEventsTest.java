package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.credit.enterprise.store.CreditRecords;
import org.qsp.credit.enterprise.store.Enterprises;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TopicRecorder;

class CreditRecordsFromEventsTest extends CreditIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String INSPECTION = "/qsp/inspection/";
    static final String RECTIFICATION = "/qsp/rectification/";

    @Autowired
    CreditRecords records;
    @Autowired
    Enterprises enterprises;
    @Autowired
    CreditRecording recording;

    @Test
    void a_failed_sample_becomes_one_record_and_moves_the_enterprise_from_A_to_B() throws Exception {
        String uscc = TestUsccs.valid("330100");
        String eventId = UUID.randomUUID().toString();
        Instant sent = Instant.now();

        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-1-" + uscc,
                ContractFixtures.sampleFailed("S-1-" + uscc, uscc, false), eventId));

        CreditRecord record = awaitRecords(uscc, 1).getFirst();
        assertThat(record.id()).isEqualTo(INSPECTION + eventId);
        assertThat(record.type()).isEqualTo(RecordType.SAMPLE_FAILED);
        assertThat(record.sourceType()).isEqualTo(EventCatalog.SAMPLE_FAILED.type());
        assertThat(record.sourceId()).isEqualTo("S-1-" + uscc);
        assertThat(record.occurredAt()).isEqualTo(ContractFixtures.AT);
        assertThat(record.description()).contains("S-1-" + uscc, "速冻水饺", "菌落总数");

        ConsumerRecord<String, String> published = awaitClassChanges(uscc, 1).getFirst();
        TopicRecorder.assertContractValid(published);
        assertThat(published.key()).isEqualTo(uscc);
        CreditClassChanged change = payload(published);
        assertThat(change.previousClass()).isEqualTo("A");
        assertThat(change.currentClass()).isEqualTo("B");
        assertThat(change.score()).isEqualTo(85);
        assertThat(change.changedAt()).isAfterOrEqualTo(sent.minusSeconds(1));

        Enterprise enterprise = enterprises.findById(uscc).orElseThrow();
        assertThat(enterprise.name()).isEqualTo("杭州示例食品有限公司");
        assertThat(enterprise.region()).isEqualTo("330100");
        assertThat(enterprise.riskClass()).isEqualTo(RiskClass.B);
        assertThat(enterprise.explanation()).containsExactly(
                new Contribution(INSPECTION + eventId, RecordType.SAMPLE_FAILED, -15));
    }

    @Test
    void the_same_event_delivered_twice_makes_one_record_and_one_class_change() throws Exception {
        String uscc = TestUsccs.valid("330100");
        String key = "S-twice-" + uscc;
        var event = TestEvents.record(EventCatalog.SAMPLE_FAILED, key,
                ContractFixtures.sampleFailed(key, uscc, false), UUID.randomUUID().toString());

        var redelivery = new ProducerRecord<>(event.topic(), null, event.key(), event.value(),
                new RecordHeaders(event.headers().toArray()));
        send(event);
        awaitClassChanges(uscc, 1);
        send(redelivery);
        String marker = sendMarkerAfter(key);

        awaitRecords(marker, 1);
        awaitOutboxPublished(uscc);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> classChangesOf(uscc).size() == 1);
        assertThat(records.countByUscc(uscc)).isEqualTo(1);
        assertThat(enterprises.findById(uscc).orElseThrow().score()).isEqualTo(85);
    }

    @Test
    void a_second_failed_sample_adds_a_second_record_and_moves_the_enterprise_on_from_B_to_C() throws Exception {
        String uscc = TestUsccs.valid("330100");
        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-a-" + uscc,
                ContractFixtures.sampleFailed("S-a-" + uscc, uscc, false)));
        awaitClassChanges(uscc, 1);

        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-b-" + uscc,
                ContractFixtures.sampleFailed("S-b-" + uscc, uscc, false)));

        assertThat(awaitRecords(uscc, 2)).extracting(CreditRecord::sourceId)
                .containsExactlyInAnyOrder("S-a-" + uscc, "S-b-" + uscc);
        List<CreditClassChanged> changes = awaitClassChanges(uscc, 2).stream().map(this::payload).toList();
        assertThat(changes).extracting(CreditClassChanged::previousClass, CreditClassChanged::currentClass,
                CreditClassChanged::score).containsExactly(org.assertj.core.groups.Tuple.tuple("A", "B", 85),
                org.assertj.core.groups.Tuple.tuple("B", "C", 70));
        assertThat(enterprises.findById(uscc).orElseThrow().explanation()).hasSize(2);
    }

    @Test
    void a_passed_sample_leaves_no_record_and_raises_no_event() throws Exception {
        String uscc = TestUsccs.valid("330100");
        String key = "S-pass-" + uscc;

        send(TestEvents.record(EventCatalog.SAMPLE_PASSED, key, ContractFixtures.samplePassed(key, uscc)));
        String marker = sendMarkerAfter(key);

        awaitRecords(marker, 1);
        assertThat(records.countByUscc(uscc)).isZero();
        assertThat(enterprises.existsById(uscc)).isFalse();
        assertThat(classChangesOf(uscc)).isEmpty();
    }

    @Test
    void a_safety_related_failure_costs_the_safety_points() throws Exception {
        String uscc = TestUsccs.valid("330100");

        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-hazard-" + uscc,
                ContractFixtures.sampleFailed("S-hazard-" + uscc, uscc, true)));

        assertThat(awaitRecords(uscc, 1).getFirst().type()).isEqualTo(RecordType.SAMPLE_FAILED_SAFETY);
        CreditClassChanged change = payload(awaitClassChanges(uscc, 1).getFirst());
        assertThat(change.score()).isEqualTo(70);
        assertThat(change.currentClass()).isEqualTo("C");
    }

    @Test
    void an_overdue_rectification_adds_its_record_while_opened_and_acknowledged_tasks_add_none() throws Exception {
        String uscc = TestUsccs.valid("330100");
        String sampleId = "S-rt-" + uscc;
        String taskId = "RT-" + sampleId;
        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleId,
                ContractFixtures.sampleFailed(sampleId, uscc, false)));
        awaitClassChanges(uscc, 1);
        String overdueId = UUID.randomUUID().toString();

        send(TestEvents.record(EventCatalog.RECTIFICATION_TASK_OPENED, taskId,
                ContractFixtures.taskOpened(taskId, sampleId, uscc)));
        send(TestEvents.record(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, taskId,
                ContractFixtures.taskAcknowledged(taskId, uscc)));
        send(TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskId,
                ContractFixtures.taskOverdue(taskId, uscc), overdueId));

        List<CreditRecord> found = awaitRecords(uscc, 2);
        assertThat(found).filteredOn(r -> r.type() == RecordType.RECTIFICATION_OVERDUE).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(RECTIFICATION + overdueId);
                    assertThat(r.sourceId()).isEqualTo(taskId);
                    assertThat(r.sourceType()).isEqualTo(EventCatalog.RECTIFICATION_TASK_OVERDUE.type());
                });
        CreditClassChanged change = payload(awaitClassChanges(uscc, 2).get(1));
        assertThat(change.previousClass()).isEqualTo("B");
        assertThat(change.currentClass()).isEqualTo("C");
        assertThat(change.score()).isEqualTo(65);
        assertThat(records.countByUscc(uscc)).isEqualTo(2);
    }

    @Test
    void an_overdue_task_of_an_enterprise_not_seen_before_places_it_in_the_region_of_its_uscc() throws Exception {
        String uscc = TestUsccs.valid("330106");

        send(TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, "RT-x-" + uscc,
                ContractFixtures.taskOverdue("RT-x-" + uscc, uscc)));

        awaitRecords(uscc, 1);
        CreditClassChanged change = payload(awaitClassChanges(uscc, 1).getFirst());
        assertThat(change.score()).isEqualTo(80);
        assertThat(change.currentClass()).isEqualTo("B");
        Enterprise enterprise = enterprises.findById(uscc).orElseThrow();
        assertThat(enterprise.region()).isEqualTo("330106");
        assertThat(enterprise.name()).isNull();
    }

    @Test
    void an_event_recorded_before_rewrites_nothing_when_it_comes_again() {
        String uscc = TestUsccs.valid("330100");
        var failed = ContractFixtures.sampleFailed("S-again-" + uscc, uscc, false);
        recording.sampleFailed(INSPECTION + "again-" + uscc, EventCatalog.SAMPLE_FAILED.type(), failed);
        awaitOutboxPublished(uscc);
        Long version = enterprises.findById(uscc).orElseThrow().getVersion();

        recording.sampleFailed(INSPECTION + "again-" + uscc, EventCatalog.SAMPLE_FAILED.type(), failed);

        assertThat(enterprises.findById(uscc).orElseThrow().getVersion()).isEqualTo(version);
        assertThat(records.countByUscc(uscc)).isEqualTo(1);
    }

    @Test
    void a_crash_between_storing_the_record_and_reassessing_heals_when_the_event_comes_again() throws Exception {
        String uscc = TestUsccs.valid("330100");
        String sampleId = "S-crash-" + uscc;
        String eventId = UUID.randomUUID().toString();
        var failed = ContractFixtures.sampleFailed(sampleId, uscc, false);
        records.insert(CreditRecord.of(INSPECTION + eventId, EventCatalog.SAMPLE_FAILED.type(), failed,
                Instant.now()));

        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleId, failed, eventId));

        CreditClassChanged change = payload(awaitClassChanges(uscc, 1).getFirst());
        assertThat(change.currentClass()).isEqualTo("B");
        assertThat(records.countByUscc(uscc)).isEqualTo(1);
        assertThat(enterprises.findById(uscc).orElseThrow().score()).isEqualTo(85);
    }

    @Test
    void malformed_records_go_to_their_dead_letter_topics_and_the_next_records_are_still_processed()
            throws Exception {
        String uscc = TestUsccs.valid("330100");
        String sampleKey = "S-poison-" + uscc;
        String taskKey = "RT-poison-" + uscc;
        var overdue = TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskKey,
                ContractFixtures.taskOverdue(taskKey, uscc));
        var schemaInvalid = new ProducerRecord<>(Topics.RECTIFICATION_TASKS_NAME, null, taskKey,
                "{\"taskId\":\"" + taskKey + "\",\"uscc\":\"not a uscc\"}", overdue.headers());

        send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, sampleKey, "{not json"));
        send(schemaInvalid);
        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleKey,
                ContractFixtures.sampleFailed(sampleKey, uscc, false)));
        send(TestEvents.record(EventCatalog.RECTIFICATION_TASK_OVERDUE, taskKey,
                ContractFixtures.taskOverdue(taskKey, uscc)));

        assertThat(awaitRecords(uscc, 2)).extracting(CreditRecord::type)
                .containsExactlyInAnyOrder(RecordType.SAMPLE_FAILED, RecordType.RECTIFICATION_OVERDUE);
        assertThat(awaitDeadLetter(Topics.INSPECTION_SAMPLES.deadLetterTopic(), sampleKey).value())
                .isEqualTo("{not json");
        assertThat(awaitDeadLetter(Topics.RECTIFICATION_TASKS.deadLetterTopic(), taskKey).value())
                .contains("not a uscc");
    }

    /** A failure of another enterprise with the same key: same partition, so processed after the event before. */
    private String sendMarkerAfter(String key) throws Exception {
        String marker = TestUsccs.valid("330100");
        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, key, ContractFixtures.sampleFailed(key, marker, false)));
        return marker;
    }

    private List<CreditRecord> awaitRecords(String uscc, int count) {
        return await().atMost(WAIT).until(() -> records.findByUsccOrderByOccurredAtDescIdAsc(uscc),
                found -> found.size() >= count);
    }

    private List<ConsumerRecord<String, String>> awaitClassChanges(String uscc, int count) {
        return await().atMost(WAIT).until(() -> classChangesOf(uscc), found -> found.size() >= count);
    }

    private void awaitOutboxPublished(String uscc) {
        await().atMost(WAIT).until(() -> enterprises.findById(uscc).map(e -> e.getOutbox().isEmpty()).orElse(false));
    }

    private ConsumerRecord<String, String> awaitDeadLetter(String topic, String key) {
        ConsumerRecord<String, String> dead = await().atMost(WAIT).until(() -> recorder().records().stream()
                .filter(r -> r.topic().equals(topic) && key.equals(r.key())).findFirst().orElse(null),
                r -> r != null);
        assertThat(TopicRecorder.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo("org.qsp.platform.events.InvalidEvent");
        return dead;
    }
}
