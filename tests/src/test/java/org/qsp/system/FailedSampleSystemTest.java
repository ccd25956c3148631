package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;

/**
 * The heart of QSP across real processes: an inspector's failed sample becomes the enterprise's
 * rectification notice and a credit record, exactly once, whatever is repeated. Each test uses its
 * own sample (and, where it counts credit, its own enterprise), so they run in any order; every
 * "exactly" and "none" is checked once the system has settled ({@link Stack#awaitSettled()}).
 */
class FailedSampleSystemTest {

    private static final String USCC_A = "91330100MA27XY012B";
    private static final String USCC_B = "91330106MA2B3C4D5D";

    private static Stack stack;
    private static Flow flow;
    private static TopicRecorder recorder;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
        recorder = stack.recorder;
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closeClients() {
        producer.close();
    }

    @Test
    void a_failed_sample_becomes_one_notice_for_its_enterprise_also_through_the_gateway() {
        String sampleId = UUID.randomUUID().toString();
        flow.sample(sampleId, USCC_A, "FAIL");
        stack.awaitSettled();

        List<JsonNode> notices = noticesOf("ent-a", sampleId);
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().path("stopSaleRequired").asBoolean()).isTrue();
        assertThat(notices.getFirst().path("correctionDeadline").asString()).isNotBlank();
        Api.Response throughGateway = Api.get(stack.gateway.uri("/api/rectification/v1/notices?size=100"),
                stack.token("ent-a"));
        assertThat(throughGateway.status()).isEqualTo(200);
        assertThat(throughGateway.body().path("items").valueStream()
                .filter(n -> sampleId.equals(n.path("sampleId").asString()))).containsExactly(notices.getFirst());
    }

    @Test
    void a_first_failed_sample_opens_one_task_makes_one_credit_record_and_moves_the_enterprise_from_a_to_b() {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        flow.sample(sampleId, uscc, "FAIL");
        stack.awaitSettled();

        assertThat(flow.tasks(uscc)).isEqualTo(1);
        assertThat(flow.creditRecords(uscc)).singleElement()
                .satisfies(r -> assertThat(r.path("sourceId").asString()).isEqualTo(sampleId));
        List<ConsumerRecord<String, String>> failed = Events.distinct(
                recorder.ofType(EventCatalog.SAMPLE_FAILED, sampleId));
        List<ConsumerRecord<String, String>> opened = openedFor(sampleId);
        List<ConsumerRecord<String, String>> changes = Events.distinct(
                recorder.ofType(EventCatalog.CREDIT_CLASS_CHANGED, uscc));
        assertThat(failed).hasSize(1);
        assertThat(opened).hasSize(1);
        assertThat(changes).hasSize(1);
        CreditClassChanged changed = recorder.payload(changes.getFirst(), EventCatalog.CREDIT_CLASS_CHANGED);
        assertThat(changed.previousClass()).isEqualTo("A");
        assertThat(changed.currentClass()).isEqualTo("B");
        List.of(failed, opened, changes).forEach(events -> events.forEach(TopicRecorder::assertContractValid));
    }

    @Test
    void a_passed_sample_opens_no_task_and_makes_no_credit_record() {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        flow.sample(sampleId, uscc, "PASS");
        stack.awaitSettled();

        assertThat(Events.distinct(recorder.ofType(EventCatalog.SAMPLE_PASSED, sampleId))).hasSize(1);
        assertThat(recorder.ofType(EventCatalog.SAMPLE_FAILED, sampleId)).isEmpty();
        assertThat(openedFor(sampleId)).isEmpty();
        assertThat(flow.tasks(uscc)).isZero();
        assertThat(flow.creditRecords(uscc)).isEmpty();
    }

    @Test
    void the_same_put_twice_the_same_acceptance_twice_and_the_final_event_twice_change_nothing_the_second_time()
            throws Exception {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        Api.Response firstForm = flow.putForm(sampleId, uscc);
        Api.Response againForm = flow.putForm(sampleId, uscc);
        assertThat(againForm.status()).isIn(200, 201);
        assertThat(againForm.body()).isEqualTo(firstForm.body());
        Api.Response firstResult = flow.putResult(sampleId, "FAIL");
        Api.Response againResult = flow.putResult(sampleId, "FAIL");
        assertThat(againResult.status()).isIn(200, 201);
        assertThat(againResult.body()).isEqualTo(firstResult.body());
        assertThat(flow.accept(sampleId, uscc).status()).isEqualTo(200);
        assertThat(flow.accept(sampleId, uscc).status()).isEqualTo(200);
        stack.awaitSettled();

        assertThat(flow.tasks(uscc)).isEqualTo(1);
        assertThat(flow.creditRecords(uscc)).hasSize(1);
        assertThat(Events.distinct(recorder.ofType(EventCatalog.SAMPLE_FAILED, sampleId))).hasSize(1);
        List<ConsumerRecord<String, String>> failed = Events.distinct(
                recorder.ofType(EventCatalog.SAMPLE_FINALIZED, sampleId));
        assertThat(failed).hasSize(1);

        ConsumerRecord<String, String> original = failed.getFirst();
        ProducerRecord<String, String> duplicate = new ProducerRecord<>(original.topic(), original.key(),
                original.value());
        original.headers().forEach(h -> duplicate.headers().add(h));
        RecordMetadata sent = producer.send(duplicate).get();
        stack.awaitSettled();

        assertThat(recorder.records()).anyMatch(r -> r.topic().equals(sent.topic())
                && r.partition() == sent.partition() && r.offset() == sent.offset());
        assertThat(flow.tasks(uscc)).isEqualTo(1);
        assertThat(flow.creditRecords(uscc)).hasSize(1);
        assertThat(openedFor(sampleId)).hasSize(1);
    }

    static List<Map.Entry<String, Map<String, Object>>> badForms() {
        Map<String, Object> good = Flow.form(flow.newUscc());
        return List.of(
                Map.entry("enterprise.uscc", with(good, "enterprise", Map.of("uscc", "91330100MA27XY012C",
                        "name", "x", "region", "330106", "role", "PRODUCER"))),
                Map.entry("product", without(good, "product")),
                Map.entry("sampledAt", with(good, "sampledAt", "yesterday")),
                Map.entry("inspectorIds", with(good, "inspectorIds", "inspector1")),
                Map.entry("enterprise.role", with(good, "enterprise", Map.of("uscc", flow.newUscc(),
                        "name", "x", "region", "330106", "role", "SMUGGLER"))));
    }

    @ParameterizedTest
    @MethodSource("badForms")
    void a_bad_sampling_form_gets_problem_json_naming_the_field_and_nothing_is_stored(
            Map.Entry<String, Map<String, Object>> bad) {
        String sampleId = UUID.randomUUID().toString();
        Api.Response response = Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token("inspector1"), Api.json(bad.getValue()));

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("code").asString()).isNotBlank();
        assertThat(response.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .as(response.raw()).anyMatch(field -> field.startsWith(bad.getKey()));
        assertThat(sampleStatus(sampleId)).isEqualTo(404);
    }

    @Test
    void an_unknown_verdict_an_oversized_body_and_a_result_for_an_unknown_sample_are_refused() {
        String sampleId = UUID.randomUUID().toString();
        assertThat(flow.putForm(sampleId, flow.newUscc()).status()).isEqualTo(201);
        Map<String, Object> unknownVerdict = with(Flow.result("FAIL"), "overallVerdict", "MAYBE");
        Api.Response verdict = Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(unknownVerdict));
        assertThat(verdict.status()).isEqualTo(400);
        assertThat(verdict.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("overallVerdict");

        Api.Response oversized = Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), "{\"items\":[],\"note\":\"" + "x".repeat(100_000) + "\"}");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.body().path("code").asString()).isEqualTo("payload-too-large");

        String unknown = UUID.randomUUID().toString();
        Api.Response noSample = flow.putResult(unknown, "FAIL");
        assertThat(noSample.status()).isEqualTo(404);
        assertThat(noSample.contentType()).startsWith("application/problem+json");
        assertThat(sampleStatus(unknown)).isEqualTo(404);

        Api.Response stored = Api.get(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token("regulator1"));
        assertThat(stored.status()).isEqualTo(200);
        stack.awaitSettled();
        assertThat(recorder.records()).noneMatch(r -> sampleId.equals(r.key()) || unknown.equals(r.key()));
    }

    @Test
    void enterprise_b_cannot_read_or_acknowledge_enterprise_a_notices_or_credit_and_no_token_gets_401() {
        String sampleId = UUID.randomUUID().toString();
        flow.sample(sampleId, USCC_A, "FAIL");
        stack.awaitSettled();
        JsonNode notice = noticesOf("ent-a", sampleId).getFirst();
        String taskId = notice.path("taskId").asString();

        assertThat(noticesOf("ent-b", sampleId)).isEmpty();
        Api.Response ack = Api.post(stack.rectification.uri("/api/rectification/v1/tasks/" + taskId
                + "/acknowledgement"), stack.token("ent-b"), null);
        assertThat(ack.status()).isIn(403, 404);
        Api.Response credit = Api.get(stack.credit.uri("/api/credit/v1/enterprises/" + USCC_A), stack.token("ent-b"));
        assertThat(credit.status()).isIn(403, 404);
        assertThat(Api.get(stack.rectification.uri("/api/rectification/v1/notices"), null).status()).isEqualTo(401);
        assertThat(Api.get(stack.credit.uri("/api/credit/v1/enterprises/" + USCC_A), null).status()).isEqualTo(401);
        assertThat(flow.putForm(UUID.randomUUID().toString(), USCC_B).status()).isIn(200, 201);
        assertThat(Api.put(stack.inspection.uri("/api/inspection/v1/samples/" + UUID.randomUUID()), null,
                Api.json(Flow.form(USCC_B))).status()).isEqualTo(401);

        assertThat(notice.path("status").asString()).isEqualTo("NOTIFIED");
        Api.Response ownerAck = Api.post(stack.rectification.uri("/api/rectification/v1/tasks/" + taskId
                + "/acknowledgement"), stack.token("ent-a"), null);
        assertThat(ownerAck.status()).as(ownerAck.raw()).isEqualTo(200);
        assertThat(noticesOf("ent-a", sampleId).getFirst().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(Api.get(stack.credit.uri("/api/credit/v1/enterprises/" + USCC_A), stack.token("ent-a")).status())
                .isEqualTo(200);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_records_after_it_are_still_processed()
            throws Exception {
        String uscc = flow.newUscc();
        String sampleId = UUID.randomUUID().toString();
        // the sample's key, so that it lands on the partition that the sample's event will follow it on
        RecordMetadata malformed = producer.send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, sampleId,
                "{\"this is\": not an event")).get();
        flow.sample(sampleId, uscc, "FAIL");
        stack.awaitSettled();

        assertThat(recorder.records().stream().filter(r -> r.topic().equals(Topics.INSPECTION_SAMPLES.deadLetterTopic())
                && sampleId.equals(r.key())).map(r -> TopicRecorder.header(r, "kafka_dlt-original-consumer-group")))
                .containsExactlyInAnyOrder("rectification", "credit", "recall", "monitor");
        assertThat(Events.distinct(recorder.ofType(EventCatalog.SAMPLE_FAILED, sampleId))).singleElement()
                .satisfies(failed -> {
                    assertThat(failed.partition()).isEqualTo(malformed.partition());
                    assertThat(failed.offset()).isGreaterThan(malformed.offset());
                });
        assertThat(flow.tasks(uscc)).isEqualTo(1);
        assertThat(flow.creditRecords(uscc)).hasSize(1);
    }

    /** The rectification.task.opened events (one per event id) of the task a sample opened. */
    private List<ConsumerRecord<String, String>> openedFor(String sampleId) {
        return Events.distinct(recorder.ofType(EventCatalog.RECTIFICATION_TASK_OPENED).stream()
                .filter(r -> sampleId.equals(recorder.payload(r, EventCatalog.RECTIFICATION_TASK_OPENED).sourceId()))
                .toList());
    }

    private List<JsonNode> noticesOf(String user, String sampleId) {
        Api.Response response = Api.get(stack.rectification.uri("/api/rectification/v1/notices?size=100"),
                stack.token(user));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("items").valueStream().filter(n -> sampleId.equals(n.path("sampleId").asString()))
                .toList();
    }

    private int sampleStatus(String sampleId) {
        return Api.get(stack.inspection.uri("/api/inspection/v1/samples/" + sampleId), stack.token("regulator1"))
                .status();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> base, String key) {
        var copy = new java.util.LinkedHashMap<>(base);
        copy.remove(key);
        return copy;
    }
}
