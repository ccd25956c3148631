package org.qsp.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventSchemas;
import org.qsp.contracts.EventType;
import org.qsp.platform.events.CloudEventHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads topics from the beginning in the background and keeps every record, so a test can wait
 * for what a service published and check it against the contract.
 *
 * <p>A count ("exactly one", "none") is only final once the recorder has read everything the
 * topics held at that moment: call {@link #awaitCaughtUp()} first (after whatever should have
 * published is done, e.g. the outbox is empty or the consumer group caught up).
 */
public final class TopicRecorder implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final List<String> topics;
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final Thread poller;
    private volatile boolean running = true;

    public TopicRecorder(String bootstrapServers, Collection<String> topics) {
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer());
        partitions = new ArrayList<>();
        for (String topic : this.topics) {
            List<PartitionInfo> infos = Awaitility.await("partitions of " + topic).atMost(WAIT)
                    .until(() -> consumer.partitionsFor(topic, Duration.ofSeconds(5)), list -> !list.isEmpty());
            infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        poller = Thread.ofPlatform().daemon().name("topic-recorder").start(this::poll);
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                for (TopicPartition partition : partitions) {
                    positions.put(partition, consumer.position(partition));
                }
            }
        } finally {
            consumer.close();
        }
    }

    /** Waits until this recorder has read every record its topics held when it was called. */
    public TopicRecorder awaitCaughtUp() {
        Map<TopicPartition, Long> end = endOffsets();
        Awaitility.await("recorder caught up with " + topics).atMost(WAIT).until(() -> end.entrySet().stream()
                .allMatch(e -> positions.getOrDefault(e.getKey(), -1L) >= e.getValue()));
        return this;
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (ConsumerGroups groups = new ConsumerGroups(bootstrapServers)) {
            return groups.endOffsets(topics);
        }
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> ofType(EventType<?> type) {
        return records.stream().filter(r -> type.type().equals(header(r, CloudEventHeaders.TYPE))).toList();
    }

    /** The records of one type with one key (an aggregate's events of that type). */
    public List<ConsumerRecord<String, String>> ofType(EventType<?> type, String key) {
        return ofType(type).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Waits until at least {@code count} records of the type arrived; not a final count (see {@link #awaitCaughtUp}). */
    public List<ConsumerRecord<String, String>> awaitOfType(EventType<?> type, int count) {
        Awaitility.await().atMost(WAIT).until(() -> ofType(type).size() >= count);
        return ofType(type);
    }

    public <T> T payload(ConsumerRecord<String, String> record, EventType<T> type) {
        return JSON.readValue(record.value(), type.payloadClass());
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }

    /**
     * Asserts a record is a QSP CloudEvent in binary mode (every required {@code ce_} header) and
     * that its payload satisfies the JSON Schema of its type.
     */
    public static void assertContractValid(ConsumerRecord<String, String> record) {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("ce_id", "ce_source", "ce_specversion", "ce_type", "ce_time", "ce_subject",
                "ce_dataschema", "content-type")) {
            if (header(record, name) == null) {
                missing.add(name);
            }
        }
        assertThat(missing).as("CloudEvents headers missing").isEmpty();
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        EventType<?> type = EventCatalog.byType(header(record, "ce_type"))
                .orElseThrow(() -> new AssertionError("unknown ce_type " + header(record, "ce_type")));
        assertThat(record.topic()).isEqualTo(type.topic().name());
        assertThat(record.key()).isEqualTo(header(record, "ce_subject"));
        assertThat(header(record, "ce_source")).isEqualTo(type.source());
        assertThat(header(record, "ce_dataschema")).isEqualTo(type.dataschema());
        assertThat(EventSchemas.violations(type, JSON.readTree(record.value()))).as(type.type()).isEmpty();
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
