package org.qsp.harness;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.qsp.contracts.Topic;
import org.qsp.contracts.Topics;
import org.qsp.platform.test.ConsumerGroups;

/**
 * Whether the services have come to rest: every consumer group has committed past everything its topics held,
 * every outbox in the services' databases is empty, and nothing was published meanwhile. Only then are counts
 * final ("exactly one task per failed sample"): a group commits a record after its service wrote what the record
 * caused, and what that wrote into an outbox would have moved an end offset or still be pending.
 */
public final class Settling {

    /** Which consumer group reads which topics (the services' receive operations in the AsyncAPI document). */
    public static final Map<String, List<String>> CONSUMERS = Map.of(
            "rectification", List.of(Topics.INSPECTION_SAMPLES_NAME, Topics.COMPLAINT_CASES_NAME,
                    Topics.RECALL_RECALLS_NAME),
            "credit", List.of(Topics.INSPECTION_SAMPLES_NAME, Topics.RECTIFICATION_TASKS_NAME,
                    Topics.COMPLAINT_CASES_NAME, Topics.RECALL_RECALLS_NAME),
            "complaint", List.of(Topics.COMPLAINT_CASES_NAME),
            "recall", List.of(Topics.INSPECTION_SAMPLES_NAME, Topics.COMPLAINT_CASES_NAME),
            "monitor", Topics.ALL.stream().map(Topic::name).toList());
    /** The services whose databases ({@code qsp_<service>}) hold aggregates with outboxes. */
    public static final List<String> OUTBOX_SERVICES = List.of("inspection", "rectification", "credit", "complaint",
            "recall", "monitor");
    private static final List<String> TOPICS = Topics.ALL.stream()
            .flatMap(t -> Stream.of(t.name(), t.deadLetterTopic())).toList();
    private static final Duration POLL = Duration.ofMillis(200);

    private final ConsumerGroups groups;
    private final MongoClient store;

    /** {@code store}: a client of the store that holds the services' databases. */
    public Settling(ConsumerGroups groups, MongoClient store) {
        this.groups = groups;
        this.store = store;
    }

    /**
     * Waits until nothing is in flight; throws Awaitility's {@code ConditionTimeoutException} after {@code atMost}
     * (also when the groups and outboxes keep catching up but something keeps publishing).
     */
    public void await(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Map<TopicPartition, Long> end = groups.endOffsets(TOPICS);
        while (true) {
            for (Map.Entry<String, List<String>> consumer : CONSUMERS.entrySet()) {
                groups.awaitCommittedPast(consumer.getKey(), only(end, consumer.getValue()), left(deadline));
            }
            Awaitility.await("every outbox published").atMost(left(deadline)).pollInterval(POLL)
                    .until(() -> unpublishedOutboxes() == 0);
            Map<TopicPartition, Long> now = groups.endOffsets(TOPICS);
            if (now.equals(end)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new ConditionTimeoutException("the system did not come to rest within " + atMost
                        + ": still publishing");
            }
            end = now;
        }
    }

    /**
     * How many aggregates still hold unpublished events, counted in the store itself (every collection of every
     * service database): exact when asked, unlike the services' {@code qsp.outbox.pending} gauges, which the
     * relay samples at each sweep.
     */
    public long unpublishedOutboxes() {
        long count = 0;
        for (String service : OUTBOX_SERVICES) {
            MongoDatabase database = store.getDatabase("qsp_" + service);
            for (String collection : database.listCollectionNames()) {
                count += database.getCollection(collection).countDocuments(Filters.exists("outbox.0"));
            }
        }
        return count;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), POLL.toNanos()));
    }

    private static Map<TopicPartition, Long> only(Map<TopicPartition, Long> offsets, List<String> topics) {
        Map<TopicPartition, Long> selected = new HashMap<>(offsets);
        selected.keySet().removeIf(p -> !topics.contains(p.topic()));
        return selected;
    }
}
