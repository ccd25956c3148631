package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.TopicRecorder;
import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

class SampleFailedFlowTest extends RectificationIntegrationTest {

    private static final String REGION = "330106";

    @Test
    void a_final_fail_opens_one_task_with_deadlines_from_the_working_day_calendar() {
        String uscc = TestUsccs.valid(REGION);
        SampleFinalized failed = Samples.failed("S-FLOW-1", uscc, REGION);
        kit.clock().set(START);

        kit.publish(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-1", failed);

        RectificationTask task = awaitPublished("RT-S-FLOW-1");
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.enterprise().uscc()).isEqualTo(uscc);
        assertThat(task.product().name()).isEqualTo("速冻水饺");
        assertThat(task.order().orderedAt()).isEqualTo(Samples.CONCLUDED);
        assertThat(task.orderNotice().kind()).isEqualTo(Notice.Kind.RECTIFICATION_ORDER);
        assertThat(task.orderNotice().issuedAt()).isEqualTo(START);

        var opened = kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-1");
        assertThat(opened).hasSize(1);
        assertThat(kit.recorder().payload(opened.getFirst(), EventCatalog.RECTIFICATION_TASK_OPENED))
                .isEqualTo(new RectificationTaskOpened("RT-S-FLOW-1", "SAMPLE_FAILED", "S-FLOW-1",
                        failed.enterprise(), "速冻水饺", Samples.CONCLUDED,
                        LocalDate.of(2026, 5, 6),   // 2 March + 60 days = 1 May, in 劳动节
                        LocalDate.of(2026, 5, 18),  // 2 March + 75 days = Saturday 16 May
                        true));
    }

    @Test
    void a_final_fail_opens_one_rectification_task_even_when_delivered_twice_or_finalized_again() {
        SampleFinalized failed = Samples.failed("S-FLOW-2", TestUsccs.valid(REGION), REGION);
        String eventId = UUID.randomUUID().toString();
        SampleFinalized againLater = Samples.finalized("S-FLOW-2", failed.enterprise().uscc(), REGION,
                failed.finalizedAt().plus(Duration.ofDays(3)), "FAIL", "WINDOW_PASSED", "SUPERVISORY");

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-2", failed, eventId));
        RecordMetadata redelivered = kit.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-2", failed,
                eventId));
        RecordMetadata otherEvent = kit.publish(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-2", againLater);
        kit.awaitConsumed(first, redelivered, otherEvent);

        RectificationTask task = awaitPublished("RT-S-FLOW-2");
        assertThat(allTasks()).filteredOn(t -> t.source().id().equals("S-FLOW-2")).hasSize(1);
        assertThat(task.order().orderedAt()).isEqualTo(failed.finalizedAt());
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-2")).hasSize(1);
    }

    @Test
    void a_fail_that_is_not_final_yet_a_final_pass_and_a_final_risk_monitoring_fail_open_no_task() {
        String uscc = TestUsccs.valid(REGION);
        RecordMetadata notFinal = kit.publish(EventCatalog.SAMPLE_FAILED, "S-FLOW-3",
                Samples.notYetFinal("S-FLOW-3", uscc, REGION));
        RecordMetadata overturned = kit.publish(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-6",
                Samples.finalized("S-FLOW-6", uscc, REGION, START, "PASS", "RETEST", "SUPERVISORY"));
        RecordMetadata riskMonitoring = kit.publish(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-7",
                Samples.finalized("S-FLOW-7", uscc, REGION, START, "FAIL", "RISK_MONITORING", "RISK_MONITORING"));
        kit.awaitConsumed(notFinal, overturned, riskMonitoring);

        assertThat(tasks.find("RT-S-FLOW-3")).isEmpty();
        assertThat(tasks.find("RT-S-FLOW-6")).isEmpty();
        assertThat(tasks.find("RT-S-FLOW-7")).isEmpty();
        assertThat(allTasks()).noneMatch(t -> t.enterprise().uscc().equals(uscc));
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-3")).isEmpty();
    }

    @Test
    void the_final_fail_of_a_recheck_sample_opens_no_second_task() {
        String uscc = TestUsccs.valid(REGION);
        SampleFinalized f = Samples.failed("S-FLOW-RC", uscc, REGION, START);
        SampleFinalized recheck = new SampleFinalized(f.sampleId(), f.verdict(), f.basis(), f.finalizedAt(),
                f.enterprise(), f.product(), f.sampledAt(), f.concludedAt(), f.failedItems(), f.safetyRelated(),
                f.samplingType(), f.category(), f.productClass(), "TK-RECHECK-1", "RECHECK");
        RecordMetadata recheckFail = kit.publish(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-RC", recheck);
        RecordMetadata marker = kit.publish(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-RM",
                Samples.failed("S-FLOW-RM", uscc, REGION, START));
        kit.awaitConsumed(recheckFail, marker);

        assertThat(tasks.find("RT-S-FLOW-RM")).isPresent();
        assertThat(tasks.find("RT-S-FLOW-RC")).isEmpty();
        assertThat(allTasks()).filteredOn(t -> t.enterprise().uscc().equals(uscc)).hasSize(1);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_record_is_still_processed() {
        String uscc = TestUsccs.valid(REGION);
        ProducerRecord<String, String> valid = TestEvents.record(EventCatalog.SAMPLE_FINALIZED, "S-FLOW-4",
                Samples.failed("S-FLOW-4", uscc, REGION));
        RecordMetadata notJson = kit.send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, "S-FLOW-4",
                "{not json"));
        RecordMetadata withoutEnterprise = kit.send(new ProducerRecord<>(valid.topic(), null, valid.key(),
                valid.value().replaceFirst("\"enterprise\"", "\"company\""), valid.headers()));
        RecordMetadata next = kit.send(valid);
        kit.awaitConsumed(notJson, withoutEnterprise, next);

        assertThat(awaitPublished("RT-S-FLOW-4").enterprise().uscc()).isEqualTo(uscc);
        var dead = kit.recorder().awaitCaughtUp().records().stream()
                .filter(r -> r.topic().equals(Topics.INSPECTION_SAMPLES.deadLetterTopic())
                        && "S-FLOW-4".equals(r.key()))
                .toList();
        assertThat(dead).extracting(ConsumerRecord::value).hasSize(2).first().isEqualTo("{not json");
        assertThat(dead).extracting(r -> TopicRecorder.header(r, "kafka_dlt-exception-cause-fqcn"))
                .containsOnly("org.qsp.platform.events.InvalidEvent");
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-4")).hasSize(1);
    }

    @Test
    void concurrent_deliveries_of_one_final_fail_open_one_task() throws Exception {
        SampleFinalized failed = Samples.failed("S-FLOW-5", TestUsccs.valid(REGION), REGION);
        int opened = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Boolean> attempt : pool.invokeAll(
                    Collections.nCopies(4, (Callable<Boolean>) () -> service.openFor(failed)))) {
                opened += attempt.get() ? 1 : 0;
            }
        }

        assertThat(opened).isEqualTo(1);
        awaitPublished("RT-S-FLOW-5");
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-5")).hasSize(1);
    }
}
