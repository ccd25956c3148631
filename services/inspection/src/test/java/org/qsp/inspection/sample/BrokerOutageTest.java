package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.events.TraceContext;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.outbox.OutboxProperties;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.test.InProcessMongo;
import org.qsp.platform.test.TopicRecorder;
import org.qsp.platform.test.Tokens;

/**
 * The service's producer points at a port where no broker listens: results are still recorded,
 * and their events wait in the sample's document until a relay that reaches the broker sweeps them
 * (here a second relay over the same store, as after the broker or the instance came back). Its own
 * context and database: the shared context's relay must not publish these events.
 */
@TestPropertySource(properties = {"qsp.outbox.sweep-interval=1h", "qsp.test.own-store=true",
        "spring.kafka.admin.auto-create=false", "spring.kafka.admin.operation-timeout=1s",
        "spring.kafka.admin.close-timeout=1s", "spring.kafka.admin.properties.default.api.timeout.ms=1000",
        "spring.kafka.admin.properties.request.timeout.ms=1000", "spring.kafka.producer.properties.max.block.ms=500",
        "logging.level.org.apache.kafka.clients.NetworkClient=ERROR"})
@DirtiesContext
class BrokerOutageTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";

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

    @DynamicPropertySource
    static void unreachableBrokerAndOwnStore(DynamicPropertyRegistry registry) {
        String nobodyListens = "127.0.0.1:" + closedPort();
        registry.add("spring.kafka.bootstrap-servers", () -> nobodyListens);
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("qsp_inspection_outage"));
    }

    @Test
    void a_result_recorded_while_the_broker_is_unreachable_is_kept_and_its_event_published_once_by_a_later_sweep()
            throws Exception {
        String id = sampled(form(REGION));
        double failuresBefore = failures();

        putResult(id, result("FAIL", item("菌落总数", "FAIL", false)), Tokens.lab("lab-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FAILED"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> failures() > failuresBefore && stored(id).get(OutboxDocument.LEASE) == null);
        assertThat(pendingEvents(id)).singleElement()
                .satisfies(e -> assertThat(e.getString("type")).isEqualTo(EventCatalog.SAMPLE_FAILED.type()));
        assertThat(relay.sweep()).as("still unreachable").isZero();
        assertThat(pendingEvents(id)).hasSize(1);

        assertThat(sweepWithAReachableBroker()).isEqualTo(1);

        kit.awaitPublished(Sample.class, id);
        assertThat(kit.published(EventCatalog.SAMPLE_FAILED, id)).singleElement().satisfies(record -> {
            TopicRecorder.assertContractValid(record);
            SampleFailed failed = kit.recorder().payload(record, EventCatalog.SAMPLE_FAILED);
            assertThat(failed.sampleId()).isEqualTo(id);
            assertThat(failed.safetyRelated()).isFalse();
        });
    }

    /** A relay over the same store and the same (discovered) collections whose producer reaches the broker. */
    private int sweepWithAReachableBroker() {
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kit.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
        var recovered = new OutboxRelay(mongo, new KafkaTemplate<>(producers), relay::collections, outboxProperties,
                clock, trace, new SimpleMeterRegistry());
        try {
            return recovered.sweep();
        } finally {
            recovered.destroy();
            producers.destroy();
        }
    }

    private double failures() {
        return meters.counter("qsp.outbox.publish.failures").count();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
