package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import tools.jackson.databind.JsonNode;

/**
 * The notice subscriptions of an {@link EdgeWorld}, made through the rectification API: ent-a's webhook to a receiver
 * that is down (it answers 500), ent-a's email address confirmed through the link of its confirmation mail (the token
 * read from the store, as the mail carries it), two more webhooks of ent-a's to delete, and a webhook of ent-b's.
 * Every notice of ent-a then fails at both of its subscriptions (no mail server is configured) and ends FAILED after
 * the stack's short retry schedule. Closing deletes every subscription of ent-a and ent-b to this receiver or
 * address, so that later notices are not sent to them.
 */
final class EdgeSubscriptions implements AutoCloseable {

    private static final String API = "/api/rectification/v1";

    /** The receiver of every webhook here, and of the subscriptions the suites make from their base requests. */
    final NoticeReceiver down = new NoticeReceiver(Duration.ZERO, 500);
    final String address = "edge-" + UUID.randomUUID().toString().substring(0, 8) + "@ent-a.example";
    final String webhook;
    final String email;
    final List<String> toDelete;
    final String entB;
    /** The token of the confirmation link of {@link #email}, already followed. */
    final String followedConfirmation;

    private final Stack stack;

    /** ent-a's delivery of a notice to its email address, FAILED, and the token of the mail's "read" link. */
    record Failed(String delivery, String readToken) {
    }

    EdgeSubscriptions(Stack stack) {
        this.stack = stack;
        webhook = subscribe("ent-a", Map.of("webhookUrl", down.url()));
        toDelete = List.of(subscribe("ent-a", Map.of("webhookUrl", down.url())),
                subscribe("ent-a", Map.of("webhookUrl", down.url())));
        entB = subscribe("ent-b", Map.of("webhookUrl", down.url()));
        email = subscribe("ent-a", Map.of("email", address));
        followedConfirmation = stack.stored("rectification", "notice_subscriptions", Filters.eq("_id", email))
                .getString("confirmationToken");
        Api.Response confirmed = Api.get(uri("/public/subscriptions/confirmation?token=" + followedConfirmation),
                null);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.body().path("status").asString()).isEqualTo("ACTIVE");
    }

    /** The email delivery of the task's notice once it FAILED. */
    Failed failedDelivery(String taskId) {
        JsonNode failed = await("the FAILED email delivery of " + taskId).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> deliveryOf(taskId),
                        d -> d != null && "FAILED".equals(d.path("status").asString()));
        String id = failed.path("id").asString();
        return new Failed(id, stack.stored("rectification", "notice_deliveries", Filters.eq("_id", id))
                .getString("readToken"));
    }

    /** Waits until no delivery of any region is PENDING: nothing is being sent or retried any more. */
    void awaitNothingPending() {
        await("no delivery pending").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Api.Response pending = Api.get(uri("/deliveries?status=PENDING&size=1"),
                            stack.token("regulator-cn"));
                    assertThat(pending.status()).as(pending.raw()).isEqualTo(200);
                    return pending.body().path("total").asLong() == 0;
                });
    }

    @Override
    public void close() {
        Set<String> ours = Set.of(down.url(), address);
        for (String enterprise : List.of("ent-a", "ent-b")) {
            Api.Response listed = Api.get(uri("/subscriptions"), stack.token(enterprise));
            assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
            listed.body().valueStream()
                    .filter(s -> ours.contains(s.path("webhookUrl").asString(s.path("email").asString(""))))
                    .forEach(s -> {
                        Api.Response deleted = Api.send("DELETE", uri("/subscriptions/" + s.path("id").asString()),
                                stack.token(enterprise), null, Map.of());
                        assertThat(deleted.status()).as(deleted.raw()).isEqualTo(204);
                    });
        }
        down.close();
    }

    private JsonNode deliveryOf(String taskId) {
        Api.Response log = Api.get(uri("/subscriptions/" + email + "/deliveries?size=100"), stack.token("ent-a"));
        assertThat(log.status()).as(log.raw()).isEqualTo(200);
        return log.body().path("items").valueStream().filter(d -> taskId.equals(d.path("taskId").asString()))
                .findFirst().orElse(null);
    }

    private String subscribe(String enterprise, Map<String, Object> body) {
        Api.Response created = Api.post(uri("/subscriptions"), stack.token(enterprise), Api.json(body));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private URI uri(String path) {
        return stack.rectification.uri(API + path);
    }
}
