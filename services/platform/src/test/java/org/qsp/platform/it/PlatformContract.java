package org.qsp.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.platform.kafka.DeadLetters;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;

/**
 * What every service gets from the platform, against a broker and a store that the subclass
 * provides: the embedded ones here, real MongoDB and Kafka images where Docker runs.
 */
@SpringBootTest(properties = {"qsp.service.name=platformtest", "qsp.outbox.sweep-interval=1h"})
@AutoConfigureMockMvc
abstract class PlatformContract {

    private static TopicRecorder recorder;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Widgets widgets;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    PlatformTestApplication.SampleListener listener;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @BeforeAll
    static void noRecorderYet() {
        recorder = null;
    }

    @AfterAll
    static void closeRecorder() {
        if (recorder != null) {
            recorder.close();
        }
    }

    private TopicRecorder recorder() {
        if (recorder == null) {
            recorder = new TopicRecorder(bootstrapServers,
                    List.of(Topics.INSPECTION_SAMPLES_NAME, Topics.INSPECTION_SAMPLES.deadLetterTopic()));
        }
        return recorder;
    }

    @Test
    void outbox_events_reach_kafka_in_raising_order_as_cloud_events_and_then_leave_the_document() {
        var widget = new PlatformTestApplication.Widget("w-order", "ordered");
        for (int i = 1; i <= 3; i++) {
            widget.raising(outbox.event(EventCatalog.SAMPLE_PASSED, "w-order",
                    ContractFixtures.samplePassed("w-order", ContractFixtures.USCC_A)));
        }
        List<String> ids = widget.getOutbox().stream().map(e -> e.eventId()).toList();
        widgets.save(widget);

        assertThat(relay.publishPending("widgets", "w-order")).isEqualTo(3);

        List<ConsumerRecord<String, String>> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> recorder().records().stream().filter(r -> "w-order".equals(r.key())).toList(),
                        list -> list.size() == 3);
        assertThat(published).extracting(r -> TopicRecorder.header(r, "ce_id")).containsExactlyElementsOf(ids);
        published.forEach(TopicRecorder::assertContractValid);
        var stored = widgets.findById("w-order").orElseThrow();
        assertThat(stored.getOutbox()).isEmpty();
        assertThat(stored.getOutboxLease()).isNull();
        assertThat(relay.publishPending("widgets", "w-order")).isZero();
    }

    @Test
    void an_outbox_leased_by_another_relay_waits_until_the_lease_expires() {
        var widget = new PlatformTestApplication.Widget("w-lease", "leased").raising(outbox.event(
                EventCatalog.SAMPLE_PASSED, "w-lease", ContractFixtures.samplePassed("w-lease", ContractFixtures.USCC_A)));
        widgets.save(widget);
        Query byId = new Query(Criteria.where("_id").is("w-lease"));
        mongo.updateFirst(byId, new Update().set("outboxLease", new Document("owner", "another-instance")
                .append("until", Date.from(Instant.now().plusSeconds(600)))), "widgets");

        assertThat(relay.publishPending("widgets", "w-lease")).isZero();
        assertThat(relay.sweep()).isZero();

        mongo.updateFirst(byId, new Update().set("outboxLease.until", Date.from(Instant.now().minusSeconds(1))),
                "widgets");
        assertThat(relay.sweep()).isEqualTo(1);
        assertThat(widgets.findById("w-lease").orElseThrow().getOutbox()).isEmpty();
    }

    @Test
    void a_save_of_a_document_loaded_before_the_relay_touched_it_is_refused() {
        widgets.save(new PlatformTestApplication.Widget("w-stale", "stale").raising(outbox.event(
                EventCatalog.SAMPLE_PASSED, "w-stale", ContractFixtures.samplePassed("w-stale", ContractFixtures.USCC_A))));
        var loadedBeforePublish = widgets.findById("w-stale").orElseThrow();

        assertThat(relay.publishPending("widgets", "w-stale")).isEqualTo(1);

        assertThatThrownBy(() -> widgets.save(loadedBeforePublish))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(widgets.findById("w-stale").orElseThrow().getOutbox()).isEmpty();
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_record_is_still_processed() throws Exception {
        kafka.send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, "poison", "{not json")).get();
        ProducerRecord<String, String> good = TestEvents.record(EventCatalog.SAMPLE_FAILED, "poison",
                ContractFixtures.sampleFailed("poison", ContractFixtures.USCC_A, false));
        kafka.send(good).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.received.stream()
                .anyMatch(e -> "poison".equals(e.key())));
        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> recorder().records().stream()
                        .filter(r -> r.topic().equals("inspection.samples-dlt") && "poison".equals(r.key()))
                        .findFirst().orElse(null), r -> r != null);
        assertThat(TopicRecorder.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo("org.qsp.platform.events.InvalidEvent");

        List<DeadLetters.DeadLetter> listed = deadLetters.list("inspection.samples-dlt", 100);
        DeadLetters.DeadLetter letter = listed.stream().filter(l -> "poison".equals(l.key())).findFirst()
                .orElseThrow();
        assertThat(letter.originalTopic()).isEqualTo(Topics.INSPECTION_SAMPLES_NAME);
        assertThat(letter.consumerGroup()).isEqualTo("platformtest");
        assertThat(letter.value()).isEqualTo("{not json");
        assertThat(letter.exceptionClass()).isEqualTo("org.qsp.platform.events.InvalidEvent");

        deadLetters.replay(letter.topic(), letter.partition(), letter.offset());
        await().atMost(Duration.ofSeconds(30)).until(() -> recorder().records().stream()
                .filter(r -> r.topic().equals("inspection.samples-dlt") && "poison".equals(r.key())).count() == 2);
    }

    @Test
    void bad_input_gets_problem_json_naming_each_field() throws Exception {
        String body = """
                {"name":"","uscc":"91330100MA27XY012C","size":-1,"part":{"label":""}}""";
        mvc.perform(put("/api/platformtest/v1/widgets/1").with(Tokens.inspector("i1", "330100"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "part.label", "size", "uscc")));
    }

    @Test
    void a_value_of_the_wrong_type_is_named_in_the_problem() throws Exception {
        String body = """
                {"name":"x","uscc":"91330100MA27XY012B","size":"big","part":{"label":"l"}}""";
        mvc.perform(put("/api/platformtest/v1/widgets/1").with(Tokens.inspector("i1", "330100"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void an_oversized_body_gets_413_and_callers_without_token_or_role_are_refused() throws Exception {
        mvc.perform(put("/api/platformtest/v1/widgets/1").with(Tokens.inspector("i1", "330100"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));
        String valid = """
                {"name":"x","uscc":"91330100MA27XY012B","size":1,"part":{"label":"l"}}""";
        mvc.perform(put("/api/platformtest/v1/widgets/1").contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
        mvc.perform(put("/api/platformtest/v1/widgets/1").with(Tokens.enterprise("e", ContractFixtures.USCC_A))
                        .contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(put("/api/platformtest/v1/widgets/1").with(Tokens.inspector("i1", "330100"))
                        .contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isOk())
                .andExpect(content().string("i1:x"));
    }
}
