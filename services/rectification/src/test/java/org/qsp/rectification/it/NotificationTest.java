package org.qsp.rectification.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.notification.DeliveryWorker;

/** The notification family: subscriptions made through the API, and waits for what the delivery worker did. */
abstract class NotificationTest extends RectificationIntegrationTest {

    @Autowired
    DeliveryWorker worker;

    record Created(String id, String secret) {
    }

    Created subscribeWebhook(String uscc, String url) throws Exception {
        String body = mvc.perform(post("/api/rectification/v1/subscriptions").with(Tokens.enterprise("e", uscc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"webhookUrl\":\"" + url + "\",\"kinds\":[\"RECTIFICATION_ORDER\"]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new Created(JsonPath.read(body, "$.id"), JsonPath.read(body, "$.secret"));
    }

    /** The subscription's delivery log as the enterprise reads it (JSON). */
    String deliveries(String uscc, String subscriptionId) throws Exception {
        return mvc.perform(get("/api/rectification/v1/subscriptions/" + subscriptionId + "/deliveries")
                        .with(Tokens.enterprise("e", uscc)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).ignoreExceptions();
    }

    static List<WebhookReceiver.Received> awaitReceived(WebhookReceiver receiver, int count) {
        return eventually().until(receiver::received, r -> r.size() >= count);
    }
}
