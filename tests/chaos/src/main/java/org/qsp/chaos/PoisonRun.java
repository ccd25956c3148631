package org.qsp.chaos;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.qsp.harness.LocalStack;
import org.qsp.harness.Settling;
import org.qsp.platform.events.CloudEventHeaders;
import org.qsp.platform.test.ConsumerGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mixes poison into {@code inspection.samples} with a plain producer while the load runs, waits until every group
 * that consumes the topic has committed past the last poison record (the poison did not stop it), and then finds
 * the dead letters on {@code inspection.samples-dlt} and the skipped unknown types in the services' metrics.
 */
final class PoisonRun {

    static final String DEAD_LETTER_TOPIC = Poison.TOPIC + "-dlt";
    static final String ORIGINAL_GROUP_HEADER = "kafka_dlt-original-consumer-group";
    private static final Logger log = LoggerFactory.getLogger(PoisonRun.class);

    private final LocalStack stack;
    private final ConsumerGroups groups;
    private final String keyPrefix;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PoisonRun(LocalStack stack, ConsumerGroups groups, String run) {
        this.stack = stack;
        this.groups = groups;
        this.keyPrefix = "chaos-" + run + "-poison-";
    }

    /** The groups that consume the sample topic, each of which must dead-letter every dead-letterable poison. */
    static List<String> consumingGroups() {
        return Settling.CONSUMERS.entrySet().stream().filter(e -> e.getValue().contains(Poison.TOPIC))
                .map(Map.Entry::getKey).sorted().toList();
    }

    Result run(int perKind, Duration atMost) {
        List<String> consumers = consumingGroups();
        Map<String, Double> skippedBefore = skippedUnknownTypes(consumers);
        List<PoisonTally.Sent> sent = send(perKind);
        log.info("sent {} poison records to {}; waiting for {} to move past them", sent.size(), Poison.TOPIC, consumers);
        Map<TopicPartition, Long> past = new HashMap<>();
        sent.forEach(s -> past.merge(new TopicPartition(Poison.TOPIC, s.partition()), s.offset() + 1, Math::max));
        List<String> stalled = new ArrayList<>();
        for (String group : consumers) {
            try {
                groups.awaitCommittedPast(group, past, atMost);
            } catch (ConditionTimeoutException e) {
                stalled.add(group + " did not commit past the poison within " + atMost.toSeconds() + " s");
            }
        }
        List<PoisonTally.DeadLetter> letters = new ArrayList<>();
        TopicScan.read(stack.kafkaBootstrap(), DEAD_LETTER_TOPIC, record -> {
            if (record.key() != null && record.key().startsWith(keyPrefix)) {
                String group = CloudEventHeaders.text(record.headers(), ORIGINAL_GROUP_HEADER);
                letters.add(new PoisonTally.DeadLetter(record.key(), group == null ? "(none)" : group));
            }
        });
        Map<String, Double> skipped = new LinkedHashMap<>();
        skippedUnknownTypes(consumers).forEach((group, after) ->
                skipped.put(group, after - skippedBefore.getOrDefault(group, 0.0)));
        return new Result(PoisonTally.of(sent, letters, consumers), skipped, List.copyOf(stalled));
    }

    private List<PoisonTally.Sent> send(int perKind) {
        List<PoisonTally.Sent> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int n = 0; n < perKind; n++) {
                for (Poison kind : Poison.values()) {
                    String key = keyPrefix + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n;
                    RecordMetadata at = producer.send(kind.record(key)).get(30, TimeUnit.SECONDS);
                    sent.add(new PoisonTally.Sent(kind, key, at.partition(), at.offset()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send poison to " + Poison.TOPIC, e);
        }
        return sent;
    }

    /** {@code qsp.events.skipped} of unknown types on the sample topic, per consuming service (its own metrics). */
    private Map<String, Double> skippedUnknownTypes(List<String> services) {
        Map<String, Double> skipped = new LinkedHashMap<>();
        for (String service : services) {
            HttpRequest request = HttpRequest.newBuilder(stack.uri(service, "/actuator/prometheus"))
                    .header("Authorization", stack.scrapeAuthorization()).timeout(Duration.ofSeconds(10)).GET().build();
            try {
                skipped.put(service, PrometheusText.skippedUnknownTypes(
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body(), Poison.TOPIC));
            } catch (IOException e) {
                log.warn("could not read the metrics of {}: {}", service, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return skipped;
    }

    /**
     * @param tally              the dead letters against the poison sent
     * @param unknownTypeSkipped per consuming service, how much its {@code qsp.events.skipped} counter of unknown
     *                           types on the topic rose while the poison was consumed
     * @param stalled            groups that did not move past the poison in time (the poison stopped them)
     */
    record Result(PoisonTally tally, Map<String, Double> unknownTypeSkipped, List<String> stalled) {

        /** What is not as designed: stalled groups, dead letters missing or doubled. */
        List<String> problems() {
            List<String> problems = new ArrayList<>(stalled);
            problems.addAll(tally.problems());
            return List.copyOf(problems);
        }
    }
}
