package org.qsp.monitor.operations.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.qsp.contracts.Topic;
import org.qsp.contracts.Topics;
import org.qsp.monitor.operations.Broker;
import org.qsp.monitor.operations.BrokerState;

/** Consumer lag and dead-letter counts through the Kafka admin API: a few requests per check, none per record. */
@Component
class KafkaBroker implements Broker, org.springframework.beans.factory.DisposableBean {

    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;
    private final Clock clock;

    KafkaBroker(KafkaAdmin kafka, Clock clock) {
        this.admin = Admin.create(kafka.getConfigurationProperties());
        this.clock = clock;
    }

    @Override
    public BrokerState read() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            List<TopicPartition> deadLetterPartitions = new ArrayList<>();
            for (Topic topic : Topics.ALL) {
                for (int p = 0; p < topic.partitions(); p++) {
                    partitions.add(new TopicPartition(topic.name(), p));
                    deadLetterPartitions.add(new TopicPartition(topic.deadLetterTopic(), p));
                }
            }
            List<TopicPartition> all = new ArrayList<>(partitions);
            all.addAll(deadLetterPartitions);
            Map<TopicPartition, Long> end = offsets(all, OffsetSpec.latest());
            Map<TopicPartition, Long> start = offsets(deadLetterPartitions, OffsetSpec.earliest());
            List<BrokerState.DeadLetterCount> deadLetters = new ArrayList<>();
            for (Topic topic : Topics.ALL) {
                long count = 0;
                for (TopicPartition p : deadLetterPartitions) {
                    if (p.topic().equals(topic.deadLetterTopic())) {
                        count += end.getOrDefault(p, 0L) - start.getOrDefault(p, 0L);
                    }
                }
                deadLetters.add(new BrokerState.DeadLetterCount(topic.deadLetterTopic(), count));
            }
            return new BrokerState(clock.instant(), lag(end), deadLetters);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getMessage(), e);
        }
    }

    private List<BrokerState.Lag> lag(Map<TopicPartition, Long> end)
            throws InterruptedException, ExecutionException, TimeoutException {
        Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<BrokerState.Lag> lags = new ArrayList<>();
        for (ConsumerGroupListing group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Long> byTopic = new TreeMap<>();
            committed.forEach((partition, offset) -> {
                if (offset != null && end.containsKey(partition)) {
                    byTopic.merge(partition.topic(), Math.max(0, end.get(partition) - offset.offset()), Long::sum);
                }
            });
            byTopic.forEach((topic, lag) -> lags.add(new BrokerState.Lag(group.groupId(), topic, lag)));
        }
        lags.sort(Comparator.comparing(BrokerState.Lag::group).thenComparing(BrokerState.Lag::topic));
        return lags;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answer.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    @Override
    public void destroy() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
