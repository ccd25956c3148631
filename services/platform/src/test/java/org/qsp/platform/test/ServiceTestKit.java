package org.qsp.platform.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.qsp.contracts.EventType;
import org.qsp.contracts.Topic;
import org.qsp.contracts.Topics;
import org.qsp.platform.PlatformProperties;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.events.EventListeners;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * What a service integration test does with the broker and the store, written once: publish
 * events as another service would, wait until the service's consumer group has taken them, wait
 * until an aggregate's outbox is empty, and read what the service published once the recorder has
 * caught up, so that "exactly one" and "none" are final answers.
 */
public class ServiceTestKit implements DisposableBean {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final EmbeddedKafkaBroker broker;
    private final KafkaTemplate<String, String> kafka;
    private final MongoTemplate mongo;
    private final PlatformProperties service;
    private final EventListeners listeners;
    private final TestClock clock;
    private TopicRecorder recorder;
    private ConsumerGroups groups;

    ServiceTestKit(EmbeddedKafkaBroker broker, KafkaTemplate<String, String> kafka, MongoTemplate mongo,
            PlatformProperties service, EventListeners listeners, TestClock clock) {
        this.broker = broker;
        this.kafka = kafka;
        this.mongo = mongo;
        this.service = service;
        this.listeners = listeners;
        this.clock = clock;
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** The service's consumer group. */
    public String group() {
        return service.name();
    }

    public TestClock clock() {
        return clock;
    }

    /** A recorder of every QSP topic and dead-letter topic, shared by the tests of this context. */
    public synchronized TopicRecorder recorder() {
        if (recorder == null) {
            List<String> topics = new ArrayList<>();
            for (Topic topic : Topics.ALL) {
                topics.add(topic.name());
                topics.add(topic.deadLetterTopic());
            }
            recorder = new TopicRecorder(bootstrapServers(), topics);
        }
        return recorder;
    }

    /** Publishes a schema-valid event as its producing service would, and waits for the broker's ack. */
    public <T> RecordMetadata publish(EventType<T> type, String key, T payload) {
        return send(TestEvents.record(type, key, payload));
    }

    /** Sends any record (also a malformed one) and waits for the broker's ack. */
    public RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return kafka.send(record).get(30, TimeUnit.SECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not acknowledge " + record, e);
        }
    }

    /** Waits until the service's consumer group has committed past every given record. */
    public void awaitConsumed(RecordMetadata... sent) {
        Map<TopicPartition, Long> past = new HashMap<>();
        for (RecordMetadata record : sent) {
            past.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        groups().awaitCommittedPast(group(), past, WAIT);
    }

    /** Waits until the service's consumer group has committed everything the topics it consumes hold now. */
    public void awaitConsumerCaughtUp() {
        groups().awaitCommittedPast(group(), groups().endOffsets(listeners.topics()), WAIT);
    }

    private synchronized ConsumerGroups groups() {
        if (groups == null) {
            groups = new ConsumerGroups(bootstrapServers());
        }
        return groups;
    }

    /**
     * Waits until the aggregate exists, everything it raised has reached the broker and the relay
     * has let go of it (released its lease: the relay's last write, so the document and its version
     * stay as returned until the next change).
     */
    public <A extends OutboxDocument> A awaitPublished(Class<A> type, Object id) {
        return await(type.getSimpleName() + " " + id + " published").atMost(WAIT).until(
                () -> mongo.findById(id, type),
                a -> a != null && a.getOutbox().isEmpty() && a.getOutboxLease() == null);
    }

    /**
     * The events of one type with one key, as a final answer: after the recorder has read all the
     * topics hold. Call it once the producer is done (e.g. after {@link #awaitPublished}).
     */
    public List<ConsumerRecord<String, String>> published(EventType<?> type, String key) {
        return recorder().awaitCaughtUp().ofType(type, key);
    }

    /** Every event this service published so far satisfies its contract. */
    public void assertPublishedEventsKeepTheirContract() {
        String source = "/qsp/" + service.name();
        recorder().awaitCaughtUp().records().stream()
                .filter(r -> !r.topic().endsWith("-dlt"))
                .filter(r -> source.equals(TopicRecorder.header(r, CloudEventHeaders.SOURCE)))
                .forEach(TopicRecorder::assertContractValid);
    }

    @Override
    public synchronized void destroy() {
        if (groups != null) {
            groups.close();
            groups = null;
        }
        if (recorder != null) {
            recorder.close();
            recorder = null;
        }
    }

    /** After each test: the published events keep their contract, and the clock runs again. */
    static class AfterEachTest implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            ServiceTestKit kit = SpringExtension.getApplicationContext(context).getBean(ServiceTestKit.class);
            try {
                kit.assertPublishedEventsKeepTheirContract();
            } finally {
                kit.clock().reset();
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        ServiceTestKit serviceTestKit(EmbeddedKafkaBroker broker, KafkaTemplate<String, String> kafka,
                MongoTemplate mongo, PlatformProperties service, EventListeners listeners, TestClock clock) {
            return new ServiceTestKit(broker, kafka, mongo, service, listeners, clock);
        }
    }
}
