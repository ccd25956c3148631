package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TopicRecorder;
import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

class SampleFailedFlowTest extends RectificationIntegrationTest {

    private static final String REGION = "330106";

    @Test
    void a_failed_sample_opens_one_task_with_deadlines_from_the_working_day_calendar() throws Exception {
        String uscc = Usccs.of(REGION, 101);
        SampleFailed failed = Samples.failed("S-FLOW-1", uscc, REGION);

        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-FLOW-1", failed));

        RectificationTask task = awaitPublished("RT-S-FLOW-1");
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.enterprise().uscc()).isEqualTo(uscc);
        assertThat(task.product().name()).isEqualTo("速冻水饺");
        assertThat(task.order().orderedAt()).isEqualTo(Samples.CONCLUDED);
        assertThat(task.orderNotice().kind()).isEqualTo(Notice.Kind.RECTIFICATION_ORDER);
        assertThat(task.orderNotice().issuedAt()).isEqualTo(MutableClock.START);

        var opened = published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-1");
        assertThat(opened).hasSize(1);
        TopicRecorder.assertContractValid(opened.getFirst());
        RectificationTaskOpened payload = recorder().payload(opened.getFirst(),
                EventCatalog.RECTIFICATION_TASK_OPENED);
        assertThat(payload.taskId()).isEqualTo("RT-S-FLOW-1");
        assertThat(payload.sourceType()).isEqualTo("SAMPLE_FAILED");
        assertThat(payload.sourceId()).isEqualTo("S-FLOW-1");
        assertThat(payload.enterprise()).isEqualTo(failed.enterprise());
        assertThat(payload.productName()).isEqualTo("速冻水饺");
        assertThat(payload.orderedAt()).isEqualTo(Samples.CONCLUDED);
        assertThat(payload.correctionDeadline()).as("2 March + 60 days = 1 May, in 劳动节")
                .isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(payload.recheckDue()).as("2 March + 75 days = Saturday 16 May")
                .isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(payload.stopSaleRequired()).isTrue();
    }

    @Test
    void the_same_event_twice_and_the_same_sample_failed_again_still_make_one_task_and_one_event()
            throws Exception {
        SampleFailed failed = Samples.failed("S-FLOW-2", Usccs.of(REGION, 102), REGION);
        String eventId = UUID.randomUUID().toString();
        SampleFailed againLater = new SampleFailed(failed.sampleId(), failed.enterprise(), failed.product(),
                failed.sampledAt(), failed.concludedAt().plus(Duration.ofDays(3)), failed.failedItems(), true);

        RecordMetadata first = send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-FLOW-2", failed, eventId));
        RecordMetadata redelivered = send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-FLOW-2", failed,
                eventId));
        RecordMetadata otherEventId = send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-FLOW-2", againLater));
        awaitConsumed(first, redelivered, otherEventId);

        RectificationTask task = awaitPublished("RT-S-FLOW-2");
        assertThat(tasks.findAll()).filteredOn(t -> t.source().id().equals("S-FLOW-2")).hasSize(1);
        assertThat(task.order().orderedAt()).isEqualTo(failed.concludedAt());
        assertThat(published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-2")).hasSize(1);
    }

    @Test
    void a_passed_sample_opens_no_task() throws Exception {
        String uscc = Usccs.of(REGION, 103);
        RecordMetadata passed = send(TestEvents.record(EventCatalog.SAMPLE_PASSED, "S-FLOW-3",
                Samples.passed("S-FLOW-3", uscc, REGION)));
        awaitConsumed(passed);

        assertThat(tasks.existsById("RT-S-FLOW-3")).isFalse();
        assertThat(tasks.findAll()).noneMatch(t -> t.enterprise().uscc().equals(uscc));
        assertThat(published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-3")).isEmpty();
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_record_is_still_processed()
            throws Exception {
        send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, "S-FLOW-4", "{not json"));
        ProducerRecord<String, String> schemaInvalid = TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-FLOW-4",
                Samples.failed("S-FLOW-4", Usccs.of(REGION, 104), REGION));
        ProducerRecord<String, String> withoutEnterprise = new ProducerRecord<>(schemaInvalid.topic(), null,
                schemaInvalid.key(), schemaInvalid.value().replaceFirst("\"enterprise\"", "\"company\""),
                schemaInvalid.headers());
        send(withoutEnterprise);
        send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "S-FLOW-4",
                Samples.failed("S-FLOW-4", Usccs.of(REGION, 104), REGION)));

        RectificationTask task = awaitPublished("RT-S-FLOW-4");
        assertThat(task.enterprise().uscc()).isEqualTo(Usccs.of(REGION, 104));
        var dead = await().atMost(Duration.ofSeconds(60)).until(() -> recorder().records().stream()
                .filter(r -> r.topic().equals("inspection.samples-dlt") && "S-FLOW-4".equals(r.key())).toList(),
                list -> list.size() == 2);
        assertThat(dead).extracting(ConsumerRecord::value).first().isEqualTo("{not json");
        assertThat(dead).extracting(r -> TopicRecorder.header(r, "kafka_dlt-exception-cause-fqcn"))
                .containsOnly("org.qsp.platform.events.InvalidEvent");
        assertThat(published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-4")).hasSize(1);
    }

    @Test
    void concurrent_deliveries_of_one_failed_sample_open_one_task() throws Exception {
        SampleFailed failed = Samples.failed("S-FLOW-5", Usccs.of(REGION, 105), REGION);
        int opened = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Boolean> attempt : pool.invokeAll(
                    Collections.nCopies(4, (Callable<Boolean>) () -> service.openForFailedSample(failed)))) {
                opened += attempt.get() ? 1 : 0;
            }
        }

        assertThat(opened).isEqualTo(1);
        awaitPublished("RT-S-FLOW-5");
        assertThat(published(EventCatalog.RECTIFICATION_TASK_OPENED, "RT-S-FLOW-5")).hasSize(1);
    }
}
