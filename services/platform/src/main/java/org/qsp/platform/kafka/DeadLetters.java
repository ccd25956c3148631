package org.qsp.platform.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.qsp.contracts.Topic;
import org.qsp.contracts.Topics;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.events.CloudEventHeaders;

/** Lists the records in a dead-letter topic and replays one of them to the topic it came from. */
public class DeadLetters {

    public static final String REPLAYED_FROM = "qsp_replayed_from";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_EMPTY_POLLS = 6;

    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<String, String> kafka;

    public DeadLetters(ConsumerFactory<?, ?> consumers, KafkaTemplate<String, String> kafka) {
        this.consumers = consumers;
        this.kafka = kafka;
    }

    public record DeadLetter(String topic, int partition, long offset, Instant timestamp, String key,
            String originalTopic, Integer originalPartition, Long originalOffset, String consumerGroup,
            String exceptionClass, String exceptionMessage, String ceType, String ceId, String value) {
    }

    public List<DeadLetter> list(String deadLetterTopic, int limit) {
        requireDeadLetterTopic(deadLetterTopic);
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            int emptyPolls = 0;
            while (found.size() < limit && !reachedEnd(consumer, end) && emptyPolls < MAX_EMPTY_POLLS) {
                var records = consumer.poll(POLL);
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    if (found.size() < limit) {
                        found.add(describe(record));
                    }
                }
            }
        }
        return found;
    }

    /** Publishes the dead letter's key, value and CloudEvents headers again to its original topic. */
    public DeadLetter replay(String deadLetterTopic, int partition, long offset) {
        requireDeadLetterTopic(deadLetterTopic);
        ConsumerRecord<String, String> record = read(deadLetterTopic, partition, offset);
        DeadLetter letter = describe(record);
        ProducerRecord<String, String> again = new ProducerRecord<>(letter.originalTopic(), record.key(),
                record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX)) {
                again.headers().add(header);
            }
        }
        again.headers().add(REPLAYED_FROM, (deadLetterTopic + "-" + partition + "@" + offset).getBytes(UTF_8));
        try {
            kafka.send(again).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (Exception e) {
            throw new IllegalStateException("replay of " + deadLetterTopic + "-" + partition + "@" + offset
                    + " was not acknowledged", e);
        }
        return letter;
    }

    private ConsumerRecord<String, String> read(String topic, int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = reader()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (partitions(consumer, topic).stream().noneMatch(tp::equals)) {
                throw new NotFound("dead letter", topic + "-" + partition + "@" + offset);
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < 0 || offset >= end) {
                throw new NotFound("dead letter", topic + "-" + partition + "@" + offset);
            }
            consumer.seek(tp, offset);
            for (int i = 0; i < MAX_EMPTY_POLLS; i++) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw new NotFound("dead letter", topic + "-" + partition + "@" + offset);
        }
    }

    private KafkaConsumer<String, String> reader() {
        return new KafkaConsumer<>(readerConfig(consumers.getConfigurationProperties()), new StringDeserializer(),
                new StringDeserializer());
    }

    /**
     * The service's whole Kafka client configuration (bootstrap servers, TLS, SASL, timeouts), but
     * in no consumer group: the reader reads assigned partitions and commits nothing.
     */
    static Map<String, Object> readerConfig(Map<String, Object> consumerConfig) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void requireDeadLetterTopic(String topic) {
        if (Topics.ALL.stream().map(Topic::deadLetterTopic).noneMatch(topic::equals)) {
            throw new NotFound("dead-letter topic", topic);
        }
    }

    private static DeadLetter describe(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key(),
                text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET),
                text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                cause(record), text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                text(record, CloudEventHeaders.TYPE), text(record, CloudEventHeaders.ID), record.value());
    }

    /** The listener's own exception, not the container's wrapper around it. */
    private static String cause(ConsumerRecord<?, ?> record) {
        String cause = text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return cause != null ? cause : text(record, KafkaHeaders.DLT_EXCEPTION_FQCN);
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }

    private static Integer intHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != 4 ? null
                : java.nio.ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != 8 ? null
                : java.nio.ByteBuffer.wrap(header.value()).getLong();
    }
}
