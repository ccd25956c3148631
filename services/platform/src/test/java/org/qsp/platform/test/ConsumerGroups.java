package org.qsp.platform.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker knows about the services' consumer groups: the end offsets of topics, and whether
 * a group has committed past them. A group commits a record's offset only after its service has
 * handled it (written its store, dead-lettered it), so "committed past the end" means "done with
 * everything the topic held".
 */
public final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroups(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** The offset the next record of each partition of the topics will get. */
    public Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((p, info) -> end.put(p, info.offset()));
            return end;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end offsets of " + topics, e);
        }
    }

    /** Waits until the group has committed every partition up to the given end offsets. */
    public void awaitCommittedPast(String group, Map<TopicPartition, Long> end, Duration atMost) {
        await("group " + group + " committed past " + end).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> hasCommittedPast(group, end));
    }

    private boolean hasCommittedPast(String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return end.entrySet().stream().allMatch(e -> e.getValue() == 0 || committed.get(e.getKey()) != null
                && committed.get(e.getKey()).offset() >= e.getValue());
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
