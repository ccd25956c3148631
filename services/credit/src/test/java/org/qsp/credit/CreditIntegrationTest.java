package org.qsp.credit;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.platform.test.InProcessMongo;
import org.qsp.platform.test.TopicRecorder;

/**
 * The whole service against an embedded KRaft broker and the in-process MongoDB-wire store. Every
 * integration test class extends this, so that they share one Spring context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class CreditIntegrationTest {

    private static TopicRecorder recorder;

    @Autowired
    protected EmbeddedKafkaBroker broker;
    @Autowired
    protected KafkaTemplate<String, String> kafka;

    /**
     * A short server-selection timeout: the in-process store's JVM shutdown hook may stop it while
     * the relay's last sweep still runs, which would otherwise hold the JVM for 30 s.
     */
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("qsp_credit_it"));
    }

    @AfterEach
    void everyPublishedEventKeepsItsContract() {
        recorder().records().stream().filter(r -> r.topic().equals(Topics.CREDIT_ENTERPRISES_NAME))
                .forEach(TopicRecorder::assertContractValid);
    }

    @AfterAll
    static void closeRecorder() {
        if (recorder != null) {
            recorder.close();
            recorder = null;
        }
    }

    protected TopicRecorder recorder() {
        if (recorder == null) {
            recorder = new TopicRecorder(broker.getBrokersAsString(), List.of(Topics.CREDIT_ENTERPRISES_NAME,
                    Topics.INSPECTION_SAMPLES.deadLetterTopic(), Topics.RECTIFICATION_TASKS.deadLetterTopic()));
        }
        return recorder;
    }

    protected void send(ProducerRecord<String, String> record) throws Exception {
        kafka.send(record).get();
    }

    protected List<ConsumerRecord<String, String>> classChangesOf(String uscc) {
        return recorder().ofType(EventCatalog.CREDIT_CLASS_CHANGED).stream().filter(r -> uscc.equals(r.key()))
                .toList();
    }

    protected CreditClassChanged payload(ConsumerRecord<String, String> record) {
        return recorder().payload(record, EventCatalog.CREDIT_CLASS_CHANGED);
    }
}
