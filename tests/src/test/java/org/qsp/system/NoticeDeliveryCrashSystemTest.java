package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Rectification is killed (SIGKILL) while it delivers notices to a slow webhook, failed samples keep coming, and it is
 * started again. Every notice must reach the receiver, and none may arrive again once its acceptance was recorded: a
 * second receipt is allowed only for a delivery whose first attempt was in flight at the kill (sent, 2xx not yet
 * recorded), and the log then shows one accepted attempt.
 */
class NoticeDeliveryCrashSystemTest {

    private static final String USCC = "91330106MA2B3C4D5D";
    private static final String COUNTY = "330106";
    private static final int SAMPLES = 80;
    private static final int BEFORE_CRASH = 40;

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void a_crash_in_the_middle_of_deliveries_loses_no_notice_and_sends_none_again_after_its_recorded_2xx() {
        try (NoticeReceiver receiver = new NoticeReceiver(Duration.ofMillis(150))) {
            String subscription = subscribe(receiver.url());
            List<String> sampleIds = IntStream.range(0, SAMPLES).mapToObj(i -> "notice-" + i + "-" + UUID.randomUUID())
                    .toList();
            Set<String> taskIds = sampleIds.stream().map(id -> "RT-" + id).collect(Collectors.toSet());
            Instant killedAt;
            try {
                sampleIds.subList(0, BEFORE_CRASH).forEach(id -> flow.sample(id, USCC, COUNTY, "FAIL"));
                await("the first deliveries").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                        .until(() -> ours(receiver, taskIds).size() >= 5);
                stack.rectification.kill();
                killedAt = Instant.now();
                sampleIds.subList(BEFORE_CRASH, SAMPLES).forEach(id -> flow.sample(id, USCC, COUNTY, "FAIL"));
            } finally {
                if (!stack.rectification.isAlive()) {
                    stack.rectification.start();
                    stack.rectification.awaitReady(Duration.ofMinutes(3));
                }
            }
            int receivedBeforeKill = (int) ours(receiver, taskIds).stream()
                    .filter(r -> r.receivedAt().isBefore(killedAt)).map(NoticeReceiver.Received::taskId).distinct()
                    .count();
            assertThat(receivedBeforeKill).as("deliveries before the kill").isBetween(5, SAMPLES - 1);

            await("a notice of each of the " + SAMPLES + " tasks").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> receiver.byTask().keySet().containsAll(taskIds));
            stack.awaitSettled();
            // a delivery claimed by the killed process waits for its lease (30 s) to end before it is sent again
            await("every delivery recorded DELIVERED").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> notDelivered(deliveries(subscription, taskIds), taskIds), List::isEmpty);
            Map<String, JsonNode> log = deliveries(subscription, taskIds);
            assertThat(log).hasSize(SAMPLES);

            Map<String, List<NoticeReceiver.Received>> received = receiver.byTask();
            for (String taskId : taskIds) {
                JsonNode delivery = log.get(taskId);
                List<Integer> codes = delivery.path("attempts").valueStream().map(a -> a.path("responseCode").asInt())
                        .toList();
                assertThat(codes).as("attempts of %s", taskId).containsOnlyOnce(200).endsWith(200);
                List<NoticeReceiver.Received> receipts = received.get(taskId);
                assertThat(receipts).as("receipts of %s", taskId).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.webhookId()).isEqualTo(delivery.path("id").asString()));
                if (receipts.size() > 1) {
                    assertThat(receipts.getFirst().receivedAt()).as("first receipt of %s, sent again", taskId)
                            .isBefore(killedAt);
                    assertThat(receipts).as("receipts of %s", taskId).hasSize(2);
                }
            }
            long doubled = taskIds.stream().filter(id -> received.get(id).size() > 1).count();
            System.out.printf("notice crash test: %d of %d received before the kill, %d sent again after it%n",
                    receivedBeforeKill, SAMPLES, doubled);
        }
    }

    /** The tasks whose delivery is not DELIVERED (yet), or that have none. */
    private static List<String> notDelivered(Map<String, JsonNode> log, Set<String> taskIds) {
        return taskIds.stream().filter(id -> log.get(id) == null
                || !log.get(id).path("status").asString().equals("DELIVERED")).toList();
    }

    private static List<NoticeReceiver.Received> ours(NoticeReceiver receiver, Set<String> taskIds) {
        return receiver.received().stream().filter(r -> taskIds.contains(r.taskId())).toList();
    }

    private static String subscribe(String url) {
        Api.Response created = Api.post(stack.rectification.uri("/api/rectification/v1/subscriptions"),
                stack.token("ent-b"), "{\"webhookUrl\":\"" + url + "\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    /** The subscription's deliveries of these tasks, by task, read page by page from the log. */
    private static Map<String, JsonNode> deliveries(String subscription, Set<String> taskIds) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Response response = Api.get(stack.rectification.uri("/api/rectification/v1/subscriptions/"
                    + subscription + "/deliveries?size=100&page=" + page), stack.token("ent-b"));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            List<JsonNode> items = response.body().path("items").valueStream().toList();
            all.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        return all.stream().filter(d -> taskIds.contains(d.path("taskId").asString()))
                .collect(Collectors.toMap(d -> d.path("taskId").asString(), d -> d));
    }
}
