package org.qsp.rectification.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.qsp.contracts.EventType;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.test.InProcessMongo;
import org.qsp.platform.test.TopicRecorder;
import org.qsp.rectification.RectificationApplication;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskService;
import org.qsp.rectification.task.store.TaskRepository;

/**
 * The whole service against an embedded KRaft broker and the in-process MongoDB-wire store. Every
 * subclass shares one Spring context (same annotations and properties), one broker and one recorder
 * of the topics the service writes to.
 */
@SpringBootTest(classes = {RectificationApplication.class, MutableClock.Config.class}, properties = {
        "qsp.rectification.overdue-check-interval=1h"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
abstract class RectificationIntegrationTest {

    static final String GROUP = "rectification";
    private static TopicRecorder recorder;

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    TaskRepository tasks;
    @Autowired
    TaskService service;
    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("qsp_rectification_it"));
    }

    synchronized TopicRecorder recorder() {
        if (recorder == null) {
            recorder = new TopicRecorder(broker.getBrokersAsString(),
                    List.of(Topics.RECTIFICATION_TASKS_NAME, Topics.INSPECTION_SAMPLES.deadLetterTopic()));
        }
        return recorder;
    }

    @AfterEach
    void everyPublishedEventSatisfiesItsContract() {
        recorder().records().stream().filter(r -> r.topic().equals(Topics.RECTIFICATION_TASKS_NAME))
                .forEach(TopicRecorder::assertContractValid);
        clock.reset();
    }

    RecordMetadata send(ProducerRecord<String, String> record) throws Exception {
        return kafka.send(record).get(30, TimeUnit.SECONDS).getRecordMetadata();
    }

    /** Waits until the service's consumer group has committed past every given record. */
    void awaitConsumed(RecordMetadata... sent) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                for (RecordMetadata record : sent) {
                    OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
                    if (offset == null || offset.offset() <= record.offset()) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    /** Waits until the task's outbox is empty: everything it raised has reached the broker. */
    RectificationTask awaitPublished(String taskId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> tasks.findById(taskId).orElse(null),
                task -> task != null && task.getOutbox().isEmpty());
    }

    /** Opens a task through the use case the listener calls, and waits until its event is out. */
    String openTask(String sampleId, String uscc, String region) {
        return openTask(Samples.failed(sampleId, uscc, region));
    }

    String openTask(SampleFailed failed) {
        service.openForFailedSample(failed);
        String id = TaskId.forSample(failed.sampleId()).value();
        awaitPublished(id);
        return id;
    }

    /**
     * The events of one type about one task, once the recorder has read everything on the topic up
     * to now: call it after {@link #awaitPublished} so that the answer is the final count.
     */
    List<ConsumerRecord<String, String>> published(EventType<?> type, String taskId) {
        awaitRecorderCaughtUp();
        return recorder().ofType(type).stream().filter(r -> taskId.equals(r.key())).toList();
    }

    private void awaitRecorderCaughtUp() {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < Topics.RECTIFICATION_TASKS.partitions(); p++) {
            latest.put(new TopicPartition(Topics.RECTIFICATION_TASKS_NAME, p), OffsetSpec.latest());
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            var end = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).until(() -> end.entrySet().stream().allMatch(e ->
                    e.getValue().offset() == 0 || recorder().records().stream().anyMatch(r ->
                            r.topic().equals(e.getKey().topic()) && r.partition() == e.getKey().partition()
                                    && r.offset() >= e.getValue().offset() - 1)));
        } catch (Exception e) {
            throw new IllegalStateException("could not read the end offsets of " + Topics.RECTIFICATION_TASKS_NAME, e);
        }
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
