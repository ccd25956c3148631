package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.events.TraceContext;
import org.qsp.platform.outbox.OutboxCollection;
import org.qsp.platform.outbox.OutboxProperties;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.test.InProcessMongo;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's producer points at a port where no broker listens: results are still recorded,
 * and their events wait in the sample's document until a relay that reaches a broker sweeps them
 * (here a second relay over the same store, as after the broker or the instance came back).
 */
@SpringBootTest(properties = {"qsp.outbox.sweep-interval=1h", "spring.kafka.admin.auto-create=false",
        "spring.kafka.admin.operation-timeout=1s", "spring.kafka.admin.close-timeout=1s",
        "spring.kafka.admin.properties.default.api.timeout.ms=1000",
        "spring.kafka.admin.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.max.block.ms=500",
        "logging.level.org.apache.kafka.clients.NetworkClient=ERROR"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, topics = Topics.INSPECTION_SAMPLES_NAME,
        bootstrapServersProperty = "qsp.test.reachable-brokers")
@DirtiesContext
class BrokerOutageTest {

    private static final String REGION = "330106";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MeterRegistry meters;
    @Autowired
    OutboxProperties outboxProperties;
    @Autowired
    Clock clock;
    @Autowired
    TraceContext trace;
    @Autowired
    EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void unreachableBroker(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("qsp_inspection_outage"));
    }

    @Test
    void a_result_recorded_while_the_broker_is_unreachable_is_kept_and_its_event_published_by_a_later_sweep()
            throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(put("/api/inspection/v1/samples/{id}", id).with(Tokens.inspector("insp-a", REGION))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(
                                formOf(TestUsccs.valid(REGION)))))
                .andExpect(status().isCreated());
        double failuresBefore = failures();

        mvc.perform(put("/api/inspection/v1/samples/{id}/result", id).with(Tokens.lab("lab-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"items":[{"item":"菌落总数","limit":"≤100000","measured":"350000","unit":"CFU/g",
                                "verdict":"FAIL","safetyRelated":false}],"overallVerdict":"FAIL"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FAILED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> failures() > failuresBefore && lease(id) == null);
        assertThat(outbox(id)).singleElement()
                .satisfies(e -> assertThat(e.getString("type")).isEqualTo(EventCatalog.SAMPLE_FAILED.type()));
        assertThat(relay.sweep()).as("still unreachable").isZero();
        assertThat(outbox(id)).hasSize(1);

        try (TopicRecorder recorder = new TopicRecorder(broker.getBrokersAsString(),
                List.of(Topics.INSPECTION_SAMPLES_NAME))) {
            assertThat(sweepWithReachableBroker()).isEqualTo(1);

            assertThat(outbox(id)).isEmpty();
            var published = recorder.awaitOfType(EventCatalog.SAMPLE_FAILED, 1);
            assertThat(published).singleElement().satisfies(record -> {
                TopicRecorder.assertContractValid(record);
                assertThat(record.key()).isEqualTo(id);
                SampleFailed failed = recorder.payload(record, EventCatalog.SAMPLE_FAILED);
                assertThat(failed.sampleId()).isEqualTo(id);
                assertThat(failed.safetyRelated()).isFalse();
            });
        }
    }

    private int sweepWithReachableBroker() {
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
        var recovered = new OutboxRelay(mongo, new KafkaTemplate<>(producers),
                List.of(new OutboxCollection("samples")), outboxProperties, clock, trace, new SimpleMeterRegistry());
        try {
            return recovered.sweep();
        } finally {
            recovered.destroy();
            producers.destroy();
        }
    }

    private static Map<String, Object> formOf(String uscc) {
        return Map.of(
                "enterprise", Map.of("uscc", uscc, "name", "杭州示例食品有限公司", "region", REGION, "role", "SELLER"),
                "product", Map.of("name", "速冻水饺", "brand", "好味", "model", "500g", "batch", "20260201"),
                "sampledAt", "2026-03-01T08:00:00Z",
                "inspectorIds", List.of("insp-a", "insp-b"));
    }

    private double failures() {
        return meters.counter("qsp.outbox.publish.failures").count();
    }

    private List<Document> outbox(String id) {
        return mongo.findById(id, Document.class, "samples").getList("outbox", Document.class);
    }

    private Object lease(String id) {
        return mongo.findById(id, Document.class, "samples").get("outboxLease");
    }
}
