package org.qsp.system;

import java.util.Collection;
import java.util.Properties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.qsp.contracts.EventType;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TopicRecorder;

/**
 * Counting events, not records: delivery is at least once, so a relay that crashed between the
 * broker's acknowledgement and clearing its outbox publishes the same event (same {@code ce_id}) again.
 */
final class Events {

    private Events() {
    }

    /** One record per event id, the first one recorded, in recording order. */
    static List<ConsumerRecord<String, String>> distinct(Collection<ConsumerRecord<String, String>> records) {
        Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.putIfAbsent(id(r), r));
        return List.copyOf(byId.values());
    }

    /**
     * Publishes an event of another system to the stack's broker as its producer would (CloudEvents headers, the
     * contract's JSON), and waits for the broker's acknowledgement.
     */
    static <T> void publish(Stack stack, EventType<T> type, String key, T payload) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(TestEvents.record(type, key, payload)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type.type() + " " + key, e);
        }
    }

    static String id(ConsumerRecord<String, String> record) {
        return TopicRecorder.header(record, CloudEventHeaders.ID);
    }
}
