package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.platform.test.TestEvents;

/**
 * Notice issued → webhook received, at 50 notices a second for 20 s: failed samples are published to
 * {@code inspection.samples} at that rate (as inspection would), rectification opens a task and issues its notice for
 * each, and a receiver on loopback notes when each arrived. The test asserts that every notice arrived once; the
 * latencies (from the notice's {@code issuedAt}, the time its event was stamped, to the receipt) are reported in
 * {@code tests/target/notice-latency.txt}, not asserted (timing goals belong in benchmarks).
 */
class NoticeLatencySystemTest {

    private static final String USCC = "91330100MA27XY012B";
    private static final int RATE = 50;
    private static final int NOTICES = RATE * 20;

    private static Stack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
    }

    @Test
    void at_fifty_notices_a_second_every_notice_reaches_the_webhook_once() {
        try (NoticeReceiver receiver = new NoticeReceiver(Duration.ZERO)) {
            Api.Response created = Api.post(stack.rectification.uri("/api/rectification/v1/subscriptions"),
                    stack.token("ent-a"), "{\"webhookUrl\":\"" + receiver.url() + "\"}");
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> sampleIds = IntStream.range(0, NOTICES).mapToObj(i -> "lat-" + run + "-" + i).toList();
            Set<String> taskIds = sampleIds.stream().map(id -> "RT-" + id).collect(Collectors.toSet());

            publishAtRate(sampleIds);
            await("a notice of each of the " + NOTICES + " tasks").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> receiver.byTask().keySet().containsAll(taskIds));
            stack.awaitSettled();

            Map<String, List<NoticeReceiver.Received>> received = receiver.byTask();
            assertThat(taskIds).allSatisfy(id -> assertThat(received.get(id)).as("receipts of %s", id).hasSize(1));
            List<Long> millis = taskIds.stream().map(id -> received.get(id).getFirst())
                    .map(r -> Duration.between(r.issuedAt(), r.receivedAt()).toMillis()).sorted().toList();
            report("notice issued → webhook received", millis);
            List<Long> inOrder = sampleIds.stream().map(id -> received.get("RT-" + id).getFirst())
                    .map(r -> Duration.between(r.issuedAt(), r.receivedAt()).toMillis()).toList();
            report("  first 200 issued", inOrder.subList(0, 200).stream().sorted().toList());
            report("  last 200 issued", inOrder.subList(NOTICES - 200, NOTICES).stream().sorted().toList());
            phases(created.body().path("id").asString(), received, taskIds);
        }
    }

    private static void publishAtRate(List<String> sampleIds) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Instant concluded = Instant.now().minus(Duration.ofHours(1));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            long interval = 1_000_000_000L / RATE;
            for (int i = 0; i < sampleIds.size(); i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                String id = sampleIds.get(i);
                producer.send(TestEvents.record(EventCatalog.SAMPLE_FINALIZED, id, new SampleFinalized(id, "FAIL",
                        "ACCEPTED", concluded, new EnterpriseRef(USCC, "杭州示例食品有限公司", "330106"),
                        new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), concluded.minus(Duration.ofDays(2)),
                        concluded, List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)),
                        false, "SUPERVISORY", null, "FOOD", null)));
            }
            producer.flush();
        }
    }

    /**
     * Where the time goes, from the delivery log: issued → delivery stored (relay, broker, the listener) and stored →
     * first attempt (the worker).
     */
    private static void phases(String subscription, Map<String, List<NoticeReceiver.Received>> received,
            Set<String> taskIds) {
        List<tools.jackson.databind.JsonNode> log = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Response response = Api.get(stack.rectification.uri("/api/rectification/v1/subscriptions/"
                    + subscription + "/deliveries?size=100&page=" + page), stack.token("ent-a"));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            List<tools.jackson.databind.JsonNode> items = response.body().path("items").valueStream().toList();
            log.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        List<Long> stored = new java.util.ArrayList<>();
        List<Long> picked = new java.util.ArrayList<>();
        for (var delivery : log) {
            String taskId = delivery.path("taskId").asString();
            if (!taskIds.contains(taskId)) {
                continue;
            }
            Instant issued = received.get(taskId).getFirst().issuedAt();
            Instant createdAt = Instant.parse(delivery.path("createdAt").asString());
            Instant attempted = Instant.parse(delivery.path("attempts").get(0).path("at").asString());
            stored.add(Duration.between(issued, createdAt).toMillis());
            picked.add(Duration.between(createdAt, attempted).toMillis());
        }
        report("  issued → delivery stored", stored.stream().sorted().toList());
        report("  delivery stored → first attempt", picked.stream().sorted().toList());
    }

    private static void report(String what, List<Long> sorted) {
        String line = String.format("%s, %d notices at %d/s: p50 %d ms, p90 %d ms,"
                + " p99 %d ms, max %d ms (%s)%n", what, sorted.size(), RATE, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.getLast(), Instant.now());
        System.out.print(line);
        try {
            Path report = Path.of("target/notice-latency.txt");
            Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
