package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.DeliveryStatus;
import org.qsp.rectification.task.Notice;

class WebhookDeliveryTest extends NotificationTest {

    private static final String REGION = "330402";

    private WebhookReceiver receiver;

    @BeforeEach
    void clockAtStart() {
        kit.clock().set(START);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_notice_reaches_the_webhook_signed_after_two_refusals_on_the_back_off_schedule() throws Exception {
        receiver = WebhookReceiver.answering(500, 503, 204);
        String uscc = TestUsccs.valid(REGION);
        Created subscription = subscribeWebhook(uscc, receiver.url());

        String taskId = openTask("S-HOOK-RETRY", uscc, REGION);
        awaitReceived(receiver, 1);
        String log = deliveries(uscc, subscription.id());
        assertThat(JsonPath.<Integer>read(log, "$.items[0].attempts[0].responseCode")).isEqualTo(500);
        assertThat(JsonPath.<String>read(log, "$.items[0].status")).isEqualTo("PENDING");
        assertThat(JsonPath.<String>read(log, "$.items[0].nextAttemptAt")).isEqualTo("2026-03-10T00:00:05Z");

        kit.clock().advance(Duration.ofSeconds(5));
        awaitReceived(receiver, 2);
        eventually().until(() -> JsonPath.<List<Integer>>read(deliveries(uscc, subscription.id()),
                "$.items[0].attempts[*].responseCode").size() == 2);
        assertThat(JsonPath.<String>read(deliveries(uscc, subscription.id()), "$.items[0].nextAttemptAt"))
                .isEqualTo("2026-03-10T00:05:05Z");

        kit.clock().advance(Duration.ofMinutes(5));
        awaitReceived(receiver, 3);
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.DELIVERED);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(3);
        String deliveryId = Delivery.idOf(subscription.id(), taskId + ":RECTIFICATION_ORDER");
        for (WebhookReceiver.Received attempt : received) {
            assertThat(attempt.id()).isEqualTo(deliveryId);
            assertThat(StandardWebhooksVerifier.verifies(subscription.secret(), attempt.id(), attempt.timestamp(),
                    attempt.body(), attempt.signature())).as("signature of %s", attempt).isTrue();
        }
        assertThat(received.get(2).timestamp()).isEqualTo(Long.toString(START.plusSeconds(305).getEpochSecond()));
        String body = received.get(2).body();
        assertThat(JsonPath.<String>read(body, "$.type")).isEqualTo("rectification.notice.issued");
        assertThat(JsonPath.<String>read(body, "$.data.taskId")).isEqualTo(taskId);
        assertThat(JsonPath.<String>read(body, "$.data.kind")).isEqualTo("RECTIFICATION_ORDER");
        assertThat(JsonPath.<String>read(body, "$.data.uscc")).isEqualTo(uscc);
        assertThat(JsonPath.<String>read(body, "$.data.correctionDeadline")).isEqualTo("2026-05-06");
        assertThat(JsonPath.<String>read(body, "$.data.recheckDue")).isEqualTo("2026-05-18");
        assertThat(JsonPath.<String>read(body, "$.data.issuedAt")).isEqualTo("2026-03-10T00:00:00Z");

        mvc.perform(get("/api/rectification/v1/subscriptions/" + subscription.id() + "/deliveries")
                        .with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].attempts[*].responseCode").value(contains(500, 503, 204)))
                .andExpect(jsonPath("$.items[0].deliveredAt").value("2026-03-10T00:05:05Z"));
        Notice notice = tasks.get(taskId).orderNotice();
        assertThat(notice.deliveredAt()).isEqualTo(at("2026-03-10T00:05:05Z"));
        assertThat(notice.readAt()).isNull();
    }

    @Test
    void the_notice_history_runs_issued_delivered_read_acknowledged() throws Exception {
        receiver = WebhookReceiver.answering(200);
        String uscc = TestUsccs.valid(REGION);
        Created subscription = subscribeWebhook(uscc, receiver.url());
        String taskId = openTask("S-HOOK-HISTORY", uscc, REGION);
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.DELIVERED);

        kit.clock().set(START.plus(Duration.ofHours(1)));
        mvc.perform(get("/api/rectification/v1/notices/" + taskId).with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuedAt").value("2026-03-10T00:00:00Z"))
                .andExpect(jsonPath("$.deliveredAt").value("2026-03-10T00:00:00Z"))
                .andExpect(jsonPath("$.readAt").value("2026-03-10T01:00:00Z"));
        kit.clock().set(START.plus(Duration.ofHours(2)));
        mvc.perform(get("/api/rectification/v1/notices/" + taskId).with(Tokens.enterprise("e", uscc)))
                .andExpect(jsonPath("$.readAt").value("2026-03-10T01:00:00Z"));
        mvc.perform(post("/api/rectification/v1/tasks/" + taskId + "/acknowledgement")
                        .with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/rectification/v1/tasks/" + taskId).with(Tokens.regulator("r", "330400")))
                .andExpect(jsonPath("$.notices[0].issuedAt").value("2026-03-10T00:00:00Z"))
                .andExpect(jsonPath("$.notices[0].deliveredAt").value("2026-03-10T00:00:00Z"))
                .andExpect(jsonPath("$.notices[0].readAt").value("2026-03-10T01:00:00Z"))
                .andExpect(jsonPath("$.notices[0].acknowledgedAt").value("2026-03-10T02:00:00Z"));
    }

    @Test
    void a_replayed_notice_event_adds_no_delivery_and_sends_nothing_that_was_accepted_again() throws Exception {
        receiver = WebhookReceiver.answering(200);
        String uscc = TestUsccs.valid(REGION);
        Created subscription = subscribeWebhook(uscc, receiver.url());
        String taskId = openTask("S-HOOK-REPLAY", uscc, REGION);
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.DELIVERED);
        var task = tasks.get(taskId);

        var replayed = kit.publish(EventCatalog.RECTIFICATION_TASK_OPENED, taskId, new RectificationTaskOpened(taskId,
                "SAMPLE_FAILED", "S-HOOK-REPLAY", new EnterpriseRef(uscc, task.enterprise().name(), REGION),
                task.product().name(), task.order().orderedAt(), task.order().correctionDeadline(),
                task.order().recheckDue(), true));
        kit.awaitConsumed(replayed);
        worker.runOnce();

        assertThat(receiver.received()).hasSize(1);
        assertThat(mongo.findAll(Delivery.class).stream().filter(d -> d.subscriptionId().equals(subscription.id())))
                .hasSize(1);
    }

    @Test
    void after_the_last_attempt_the_delivery_is_failed_and_the_regulator_of_the_region_sees_it() throws Exception {
        receiver = WebhookReceiver.answering(500);
        String uscc = TestUsccs.valid(REGION);
        Created subscription = subscribeWebhook(uscc, receiver.url());
        String taskId = openTask("S-HOOK-FAIL", uscc, REGION);
        awaitReceived(receiver, 1);
        List<Duration> schedule = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));
        for (int i = 0; i < schedule.size(); i++) {
            int attempts = i + 1;
            eventually().until(() -> delivery(subscription.id(), taskId).attempts().size() == attempts);
            assertThat(delivery(subscription.id(), taskId).status()).isEqualTo(DeliveryStatus.PENDING);
            kit.clock().advance(schedule.get(i));
            awaitReceived(receiver, attempts + 1);
        }
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.FAILED);
        assertThat(delivery(subscription.id(), taskId).attempts()).hasSize(7);
        assertThat(tasks.get(taskId).orderNotice().deliveredAt()).isNull();

        mvc.perform(get("/api/rectification/v1/deliveries?status=FAILED&size=100").with(Tokens.regulator("r", "330400")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.taskId == '" + taskId + "')].status").value(contains("FAILED")));
        mvc.perform(get("/api/rectification/v1/deliveries?status=FAILED&size=100").with(Tokens.regulator("r", "330100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.taskId == '" + taskId + "')]").isEmpty());

        receiver.answer(200);
        mvc.perform(post("/api/rectification/v1/subscriptions/" + subscription.id() + "/deliveries/"
                        + delivery(subscription.id(), taskId).id() + "/redelivery").with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isAccepted());
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.DELIVERED);
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(8);
        assertThat(received.getLast().id()).isEqualTo(received.getFirst().id());
        assertThat(tasks.get(taskId).orderNotice().deliveredAt()).isNotNull();
    }

    @Test
    void after_a_rotation_old_and_new_secret_both_verify_until_the_grace_window_ends() throws Exception {
        receiver = WebhookReceiver.answering(200);
        String uscc = TestUsccs.valid(REGION);
        Created subscription = subscribeWebhook(uscc, receiver.url());
        String taskId = openTask("S-HOOK-ROTATE", uscc, REGION);
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.DELIVERED);

        String rotated = mvc.perform(post("/api/rectification/v1/subscriptions/" + subscription.id()
                        + "/secret-rotation").with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secrets[1].retiresAt").value("2026-03-11T00:00:00Z"))
                .andReturn().getResponse().getContentAsString();
        String newSecret = JsonPath.read(rotated, "$.secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription.secret());

        kit.clock().advance(Duration.ofHours(23));
        redeliver(uscc, subscription.id(), taskId);
        WebhookReceiver.Received inGrace = awaitReceived(receiver, 2).get(1);
        assertThat(verifies(subscription.secret(), inGrace)).isTrue();
        assertThat(verifies(newSecret, inGrace)).isTrue();

        kit.clock().advance(Duration.ofHours(2));
        eventually().until(() -> delivery(subscription.id(), taskId).status() == DeliveryStatus.DELIVERED);
        redeliver(uscc, subscription.id(), taskId);
        WebhookReceiver.Received afterGrace = awaitReceived(receiver, 3).get(2);
        assertThat(verifies(newSecret, afterGrace)).isTrue();
        assertThat(verifies(subscription.secret(), afterGrace)).isFalse();
    }

    private void redeliver(String uscc, String subscriptionId, String taskId) throws Exception {
        mvc.perform(post("/api/rectification/v1/subscriptions/" + subscriptionId + "/deliveries/"
                        + Delivery.idOf(subscriptionId, taskId + ":RECTIFICATION_ORDER") + "/redelivery")
                        .with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isAccepted());
    }

    private static boolean verifies(String secret, WebhookReceiver.Received received) {
        return StandardWebhooksVerifier.verifies(secret, received.id(), received.timestamp(), received.body(),
                received.signature());
    }

    private Delivery delivery(String subscriptionId, String taskId) {
        return mongo.findById(Delivery.idOf(subscriptionId, taskId + ":RECTIFICATION_ORDER"), Delivery.class);
    }
}
