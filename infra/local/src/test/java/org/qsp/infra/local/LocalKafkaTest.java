package org.qsp.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    private static final String TOPIC = "inspection.samples";

    @TempDir
    Path dataDir;

    @Test
    void records_and_topics_survive_a_broker_restart_on_the_same_data_dir() throws Exception {
        var config = new LocalKafka.Config(dataDir, FreePorts.next(), FreePorts.next());

        try (var kafka = LocalKafka.start(config)) {
            try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            try (var producer = producer(config)) {
                producer.send(new ProducerRecord<>(TOPIC, "sample-1", "{\"result\":\"FAILED\"}")).get();
            }
            assertThat(readAll(config)).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("sample-1", "{\"result\":\"FAILED\"}"));
        }

        String metaProperties = Files.readString(dataDir.resolve("meta.properties"));

        try (var kafka = LocalKafka.start(config)) {
            assertThat(Files.readString(dataDir.resolve("meta.properties"))).isEqualTo(metaProperties);
            assertThat(readAll(config)).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("sample-1", "{\"result\":\"FAILED\"}"));
        }
    }

    private static KafkaProducer<String, String> producer(LocalKafka.Config config) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(LocalKafka.Config config) {
        var records = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition()))
                    .toList();
            assertThat(partitions).hasSize(3);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }
}
