package org.qsp.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import org.qsp.infra.mongo.PinnedMemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TopicRecorder;

/**
 * The store goes down while events arrive: the listener retries in place (never skips, never
 * dead-letters a transient fault) and applies the event exactly once when the store is back.
 */
@SpringBootTest(properties = {"qsp.service.name=platformtest", "qsp.outbox.sweep-interval=1h",
        "qsp.kafka.transient-back-off-max=1s"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class StoreOutageTest {

    private static final int PORT = freePort();
    private static MongoServer store = start();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PlatformTestApplication.SampleListener listener;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + PORT + "/qsp_outage?serverSelectionTimeoutMS=500");
    }

    @AfterAll
    static void stopStore() {
        store.shutdownNow();
    }

    @Test
    void an_event_that_arrives_while_the_store_is_down_is_applied_once_when_it_is_back() throws Exception {
        store.shutdownNow();
        var event = TestEvents.record(EventCatalog.SAMPLE_FAILED, "during-outage",
                ContractFixtures.sampleFailed("during-outage", ContractFixtures.USCC_A, false));
        kafka.send(event).get();

        await().atMost(Duration.ofSeconds(60)).until(() -> listener.attempts.get() >= 3);
        assertThat(listener.received).isEmpty();

        store = start();
        Document applied = await().atMost(Duration.ofSeconds(60)).until(
                () -> mongo.findById("/qsp/inspection/" + TopicRecorder.header(toConsumed(event), "ce_id"),
                        Document.class, PlatformTestApplication.SampleListener.COLLECTION), d -> d != null);
        assertThat(applied.getInteger("deliveries")).isEqualTo(1);
        assertThat(listener.received).hasSize(1);
        try (TopicRecorder deadLetters = new TopicRecorder(bootstrapServers,
                List.of(Topics.INSPECTION_SAMPLES.deadLetterTopic()))) {
            kafka.send(Topics.INSPECTION_SAMPLES.deadLetterTopic(), "marker", "end").get();
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> "marker".equals(r.key())));
            assertThat(deadLetters.records()).noneMatch(r -> "during-outage".equals(r.key()));
        }
    }

    private static org.apache.kafka.clients.consumer.ConsumerRecord<String, String> toConsumed(
            org.apache.kafka.clients.producer.ProducerRecord<String, String> sent) {
        var consumed = new org.apache.kafka.clients.consumer.ConsumerRecord<>(sent.topic(), 0, 0L, sent.key(),
                sent.value());
        sent.headers().forEach(h -> consumed.headers().add(h));
        return consumed;
    }

    private static MongoServer start() {
        MongoServer server = new MongoServer(new PinnedMemoryBackend());
        server.bind("127.0.0.1", PORT);
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
