package org.qsp.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.ContractViolation;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.web.ConcurrencyLimitFilter;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.kafka.DeadLetters;
import org.qsp.platform.outbox.OutboxEvent;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    AggregateStore<PlatformTestApplication.Widget> widgetStore;
    @Autowired
    MeterRegistry meters;
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
    @Autowired
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimit;
    @Autowired
    BulkheadRegistry bulkheads;
    @Autowired
    ConsumerFactory<?, ?> consumers;

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

    /** Runs {@code work} with the relay's immediate publishing off, so that the test decides when it publishes. */
    private void withRelayStopped(Runnable work) {
        relay.stop();
        try {
            work.run();
        } finally {
            relay.start();
        }
    }

    private static SamplePassed passed(String id) {
        return ContractFixtures.samplePassed(id, ContractFixtures.USCC_A);
    }

    @Test
    void raised_events_are_stamped_on_save_and_reach_kafka_in_raising_order_then_leave_the_document() {
        var widget = new PlatformTestApplication.Widget("w-order", "ordered");
        for (int i = 1; i <= 3; i++) {
            widget.raising(passed("w-order"));
        }
        assertThat(widget.raisedEvents()).hasSize(3);
        var stored = widgetStore.insertIfAbsent(widget);
        assertThat(stored.changed()).isTrue();
        List<String> ids = stored.aggregate().getOutbox().stream().map(OutboxEvent::eventId).toList();
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(stored.aggregate().raisedEvents()).isEmpty();

        var published = await().atMost(Duration.ofSeconds(30))
                .until(() -> recorder().ofType(EventCatalog.SAMPLE_PASSED, "w-order"), list -> list.size() >= 3);
        assertThat(published).extracting(r -> TopicRecorder.header(r, "ce_id")).containsExactlyElementsOf(ids);
        assertThat(published).allSatisfy(r -> assertThat(TopicRecorder.header(r, "ce_subject")).isEqualTo("w-order"));
        published.forEach(TopicRecorder::assertContractValid);
        var emptied = await().atMost(Duration.ofSeconds(30)).until(() -> widgets.findById("w-order").orElseThrow(),
                w -> w.getOutbox().isEmpty());
        assertThat(emptied.getOutboxLease()).isNull();
        assertThat(relay.publishPending("widgets", "w-order")).isZero();
        assertThat(recorder().awaitCaughtUp().ofType(EventCatalog.SAMPLE_PASSED, "w-order")).hasSize(3);
    }

    @Test
    void an_event_with_an_invalid_date_is_refused_at_save_and_nothing_is_written() {
        var tooFar = new SamplePassed("w-bad-date", ContractFixtures.enterprise(ContractFixtures.USCC_A),
                new ProductRef("速冻水饺", "好味", "500g", "20260201"), ContractFixtures.AT,
                Instant.parse("+10000-01-01T00:00:00Z"));
        var widget = new PlatformTestApplication.Widget("w-bad-date", "bad date").raising(tooFar);

        assertThatThrownBy(() -> widgetStore.insertIfAbsent(widget)).isInstanceOf(ContractViolation.class)
                .hasMessageContaining("concludedAt");
        assertThat(widgets.findById("w-bad-date")).isEmpty();
    }

    @Test
    void creating_the_same_aggregate_twice_keeps_the_first_and_raises_nothing_more() {
        var first = widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("w-twice", "first")
                .raising(passed("w-twice")));
        var second = widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("w-twice", "second")
                .raising(passed("w-twice")));

        assertThat(first.changed()).isTrue();
        assertThat(second.changed()).isFalse();
        assertThat(second.aggregate().name()).isEqualTo("first");
        widgetStore.find("w-twice").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> widgets.findById("w-twice").orElseThrow(),
                w -> w.getOutbox().isEmpty());
        assertThat(recorder().awaitCaughtUp().ofType(EventCatalog.SAMPLE_PASSED, "w-twice")).hasSize(1);
    }

    @Test
    void an_update_that_changes_nothing_writes_nothing() {
        widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("w-same", "same"));
        long version = widgets.findById("w-same").orElseThrow().getVersion();

        var outcome = widgetStore.change("w-same", w -> w.rename("same"));

        assertThat(outcome.changed()).isFalse();
        assertThat(widgets.findById("w-same").orElseThrow().getVersion()).isEqualTo(version);
        assertThat(widgetStore.change("w-same", w -> w.rename("other")).changed()).isTrue();
        assertThat(widgets.findById("w-same").orElseThrow().name()).isEqualTo("other");
    }

    @Test
    void an_update_runs_again_on_a_fresh_copy_when_another_writer_saved_in_between() {
        widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("w-race", "v0"));
        AtomicInteger runs = new AtomicInteger();

        var updated = widgetStore.update("w-race", w -> {
            if (runs.incrementAndGet() == 1) {
                mongo.updateFirst(new Query(Criteria.where("_id").is("w-race")),
                        new Update().set("name", "by-the-other-writer").inc("version", 1), "widgets");
            }
            w.rename(w.name() + "+mine");
            w.raising(passed("w-race"));
        });

        assertThat(runs).hasValue(2);
        assertThat(updated.name()).isEqualTo("by-the-other-writer+mine");
        await().atMost(Duration.ofSeconds(30)).until(() -> widgets.findById("w-race").orElseThrow(),
                w -> w.getOutbox().isEmpty());
        assertThat(recorder().awaitCaughtUp().ofType(EventCatalog.SAMPLE_PASSED, "w-race")).hasSize(1);
    }

    @Test
    void a_batched_upsert_writes_only_what_changed_in_one_bulk_and_reruns_alone_what_another_writer_changed() {
        widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("wb-same", "same"));
        widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("wb-raced", "v0"));
        widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("wb-renamed", "old"));
        AtomicInteger racedRuns = new AtomicInteger();
        record Item(String id, String name) {
        }
        var items = List.of(new Item("wb-same", "same"), new Item("wb-raced", "mine"), new Item("wb-renamed", "new"),
                new Item("wb-new", "created"), new Item("wb-new", "created twice"), new Item("wb-skipped", "x"));

        var outcomes = widgetStore.upsertAll(items, Item::id, item -> {
            return item.id().equals("wb-skipped") ? null : new PlatformTestApplication.Widget(item.id(), "");
        }, (item, widget) -> {
            if (item.id().equals("wb-raced") && racedRuns.incrementAndGet() == 1) {
                // another writer saves after the batch loaded it: the batch's replace fails its version check
                mongo.updateFirst(new Query(Criteria.where("_id").is("wb-raced")),
                        new Update().set("name", "theirs").inc("version", 1), "widgets");
            }
            widget.rename(item.id().equals("wb-raced") ? widget.name() + "+" + item.name() : item.name());
            if (!item.name().equals("same")) {
                widget.raising(passed(item.id()));
            }
        });

        assertThat(outcomes).extracting(o -> o.aggregate().name()).containsExactly("same", "theirs+mine", "new",
                "created twice");
        assertThat(outcomes).extracting(AggregateStore.Outcome::changed).containsExactly(false, true, true, true);
        assertThat(racedRuns).hasValue(2);
        assertThat(widgets.findById("wb-raced").orElseThrow().name()).isEqualTo("theirs+mine");
        assertThat(widgets.findById("wb-new").orElseThrow().name()).isEqualTo("created twice");
        assertThat(widgets.findById("wb-skipped")).isEmpty();
        assertThat(widgets.findById("wb-same").orElseThrow().getVersion()).as("not written").isZero();
        var published = recorder().awaitCaughtUp();
        assertThat(published.ofType(EventCatalog.SAMPLE_PASSED, "wb-raced")).as("the lost write's event is dropped")
                .hasSize(1);
        assertThat(published.ofType(EventCatalog.SAMPLE_PASSED, "wb-new")).hasSize(2);
        assertThat(published.ofType(EventCatalog.SAMPLE_PASSED, "wb-renamed")).hasSize(1);
        assertThat(published.ofType(EventCatalog.SAMPLE_PASSED, "wb-same")).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> widgets.findById("wb-new").orElseThrow(),
                w -> w.getOutbox().isEmpty());
    }

    @Test
    void an_update_of_a_missing_aggregate_is_not_found_and_a_refused_change_writes_nothing() {
        assertThatThrownBy(() -> widgetStore.update("w-missing", w -> w.rename("x"))).isInstanceOf(NotFound.class)
                .hasMessage("widget w-missing does not exist");
        widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("w-refused", "kept"));
        assertThatThrownBy(() -> widgetStore.update("w-refused", w -> {
            w.rename("changed");
            w.raising(passed("w-refused"));
            throw new Conflict("refused", "the rule said no");
        })).isInstanceOf(Conflict.class);
        var stored = widgets.findById("w-refused").orElseThrow();
        assertThat(stored.name()).isEqualTo("kept");
        assertThat(stored.getOutbox()).isEmpty();
    }

    @Test
    void the_relay_sweeps_every_outbox_collection_without_registration_also_one_without_document_annotation() {
        assertThat(relay.collections()).contains("widgets", "gadget");
        withRelayStopped(() -> {
            mongo.insert(new PlatformTestApplication.Gadget("g-crash").raising(passed("g-crash")));
            assertThat(mongo.findById("g-crash", Document.class, "gadget").getList("outbox", Document.class))
                    .hasSize(1);
            assertThat(relay.sweep()).isGreaterThanOrEqualTo(1);
        });
        assertThat(mongo.findById("g-crash", Document.class, "gadget").getList("outbox", Document.class)).isEmpty();
        assertThat(recorder().awaitCaughtUp().ofType(EventCatalog.SAMPLE_PASSED, "g-crash")).hasSize(1);
    }

    @Test
    void one_round_publishes_many_aggregates_each_in_raising_order_with_two_writes_per_aggregate() {
        List<String> ids = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "w-batch-" + i).toList();
        java.util.Map<String, List<String>> raised = new java.util.HashMap<>();
        withRelayStopped(() -> {
            for (String id : ids) {
                var stored = widgetStore.insertIfAbsent(new PlatformTestApplication.Widget(id, "batch")
                        .raising(passed(id)).raising(passed(id)).raising(passed(id)));
                raised.put(id, stored.aggregate().getOutbox().stream().map(OutboxEvent::eventId).toList());
            }
            long versionBefore = widgets.findById(ids.getFirst()).orElseThrow().getVersion();

            assertThat(relay.sweep()).isEqualTo(120);

            assertThat(widgets.findById(ids.getFirst()).orElseThrow().getVersion()).isEqualTo(versionBefore + 2);
        });
        for (String id : ids) {
            var stored = widgets.findById(id).orElseThrow();
            assertThat(stored.getOutbox()).as(id).isEmpty();
            assertThat(stored.getOutboxLease()).as(id).isNull();
        }
        recorder().awaitCaughtUp();
        for (String id : ids) {
            List<String> publishedIds = recorder().ofType(EventCatalog.SAMPLE_PASSED, id).stream()
                    .map(r -> TopicRecorder.header(r, "ce_id")).toList();
            assertThat(publishedIds).as(id).containsExactlyElementsOf(raised.get(id));
        }
    }

    @Test
    void an_outbox_leased_by_another_relay_waits_until_the_lease_expires() {
        withRelayStopped(() -> {
            widgetStore.insertIfAbsent(new PlatformTestApplication.Widget("w-lease", "leased")
                    .raising(passed("w-lease")));
            Query byId = new Query(Criteria.where("_id").is("w-lease"));
            mongo.updateFirst(byId, new Update().set("outboxLease", new Document("owner", "another-instance")
                    .append("until", Date.from(Instant.now().plusSeconds(600)))), "widgets");

            assertThat(relay.publishPending("widgets", "w-lease")).isZero();
            assertThat(relay.sweep()).isZero();

            mongo.updateFirst(byId, new Update().set("outboxLease.until", Date.from(Instant.now().minusSeconds(1))),
                    "widgets");
            assertThat(relay.sweep()).isEqualTo(1);
        });
        assertThat(widgets.findById("w-lease").orElseThrow().getOutbox()).isEmpty();
    }

    @Test
    void a_save_of_a_document_loaded_before_the_relay_touched_it_is_refused() {
        withRelayStopped(() -> {
            widgets.save(new PlatformTestApplication.Widget("w-stale", "stale").raising(passed("w-stale")));
            var loadedBeforePublish = widgets.findById("w-stale").orElseThrow();

            assertThat(relay.publishPending("widgets", "w-stale")).isEqualTo(1);

            assertThatThrownBy(() -> widgets.save(loadedBeforePublish))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        });
        assertThat(widgets.findById("w-stale").orElseThrow().getOutbox()).isEmpty();
    }

    @Test
    void an_event_type_this_build_does_not_know_is_skipped_and_counted_not_dead_lettered() throws Exception {
        double before = skipped("unknown-type");
        ProducerRecord<String, String> newer = TestEvents.record(EventCatalog.SAMPLE_FAILED, "from-the-future",
                ContractFixtures.sampleFailed("from-the-future", ContractFixtures.USCC_A, false));
        newer.headers().remove("ce_type");
        newer.headers().add("ce_type", "org.qsp.inspection.sample.failed.v9".getBytes(StandardCharsets.UTF_8));
        kafka.send(newer).get();
        kafka.send(TestEvents.record(EventCatalog.SAMPLE_FAILED, "from-the-future",
                ContractFixtures.sampleFailed("from-the-future", ContractFixtures.USCC_A, false))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.received.stream()
                .anyMatch(e -> "from-the-future".equals(e.key())));
        assertThat(skipped("unknown-type")).isEqualTo(before + 1);
        assertThat(listener.received.stream().filter(e -> "from-the-future".equals(e.key()))).hasSize(1);
        assertThat(recorder().awaitCaughtUp().records()).noneMatch(
                r -> r.topic().endsWith("-dlt") && "from-the-future".equals(r.key()));
    }

    @Test
    void a_consumer_dead_letters_an_event_whose_date_is_not_a_date() throws Exception {
        ProducerRecord<String, String> good = TestEvents.record(EventCatalog.SAMPLE_FAILED, "bad-date",
                ContractFixtures.sampleFailed("bad-date", ContractFixtures.USCC_A, false));
        String broken = good.value().replace("\"2026-03-02T08:00:00Z\"", "\"yesterday\"");
        assertThat(broken).contains("yesterday");
        ProducerRecord<String, String> record = new ProducerRecord<>(good.topic(), good.key(), broken);
        good.headers().forEach(h -> record.headers().add(h));
        kafka.send(record).get();

        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> recorder().records().stream()
                        .filter(r -> r.topic().equals("inspection.samples-dlt") && "bad-date".equals(r.key()))
                        .findFirst().orElse(null), r -> r != null);
        assertThat(TopicRecorder.header(dead, "kafka_dlt-exception-message")).contains("violates its schema");
        assertThat(listener.received).noneMatch(e -> "bad-date".equals(e.key()));
    }

    private double skipped(String reason) {
        var counter = meters.find("qsp.events.skipped").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
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

    @Test
    void a_write_whose_answer_the_caller_does_not_accept_is_refused_with_406_before_it_runs() throws Exception {
        String valid = """
                {"name":"x","uscc":"91330100MA27XY012B","size":1,"part":{"label":"l"}}""";
        int before = PlatformTestApplication.WidgetController.CALLS.get();
        for (String accept : List.of("text/html", "application/json;q=abc")) {
            mvc.perform(put("/api/platformtest/v1/widgets/1").with(Tokens.inspector("i1", "330100"))
                            .contentType(MediaType.APPLICATION_JSON).header("Accept", accept).content(valid))
                    .andExpect(status().isNotAcceptable())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("not-acceptable"));
        }
        assertThat(PlatformTestApplication.WidgetController.CALLS.get()).as("operations run").isEqualTo(before);
    }

    @Test
    void the_api_docs_name_nested_types_after_their_owner_and_leave_the_caller_out() throws Exception {
        JsonNode docs = JsonMapper.builder().build().readTree(mvc.perform(get("/api/platformtest/v3/api-docs"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.propertyNames()).contains("PlatformTestApplication.WidgetForm.Part",
                "PlatformTestApplication.WidgetView.Part").doesNotContain("Part", "Caller");
        JsonNode widget = docs.path("paths").path("/api/platformtest/v1/widgets/{id}");
        for (String method : List.of("put", "get")) {
            assertThat(widget.path(method).path("parameters").valueStream().map(p -> p.path("name").asString()))
                    .as(method).containsExactly("id");
        }
        assertThat(schemas.path("PlatformTestApplication.WidgetView.Part").path("properties").propertyNames())
                .containsExactlyInAnyOrder("label", "count");
        assertThat(schemas.path("PlatformTestApplication.WidgetForm.Part").path("required").valueStream()
                .map(JsonNode::asString)).containsExactly("label");
    }

    @Test
    void every_request_passes_the_concurrency_limit_before_the_token_is_checked() {
        assertThat(bulkheads.bulkhead("http").getBulkheadConfig().getMaxConcurrentCalls())
                .as("qsp.service.max-concurrent-requests, default").isEqualTo(16);
        assertThat(bulkheads.bulkhead("http").getBulkheadConfig().getMaxWaitDuration()).isZero();
        assertThat(concurrencyLimit.getOrder()).isLessThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
        assertThat(concurrencyLimit.getUrlPatterns()).as("every path").isEmpty();
    }

    @Test
    void a_consumer_that_died_without_leaving_gives_its_partitions_up_after_ten_seconds() {
        assertThat(consumers.getConfigurationProperties())
                .containsEntry("session.timeout.ms", "10000")
                .containsEntry("heartbeat.interval.ms", "3000");
    }
}
