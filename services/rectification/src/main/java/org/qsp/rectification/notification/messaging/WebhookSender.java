package org.qsp.rectification.notification.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;
import org.qsp.platform.errors.InvalidField;
import org.qsp.rectification.notification.Attempt;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.NoticeMessage;
import org.qsp.rectification.notification.Subscription;
import org.qsp.rectification.notification.WebhookTargets;

/**
 * POSTs a notice to a webhook: the Standard Webhooks headers ({@code webhook-id} = the delivery id, the same on every
 * attempt; {@code webhook-timestamp} in epoch seconds; {@code webhook-signature}) and the body
 * {@code {"type":"rectification.notice.issued","timestamp":…,"data":{…the notice…}}}. The target is checked again
 * before each attempt; redirects are not followed; the response body is not read.
 */
final class WebhookSender {

    static final String TYPE = "rectification.notice.issued";

    private final HttpClient client;
    private final JsonMapper json;
    private final WebhookTargets targets;
    private final Duration requestTimeout;

    WebhookSender(HttpClient client, JsonMapper json, WebhookTargets targets, Duration requestTimeout) {
        this.client = client;
        this.json = json;
        this.targets = targets;
        this.requestTimeout = requestTimeout;
    }

    record Envelope(String type, Instant timestamp, NoticeMessage data) {
    }

    Attempt send(Delivery delivery, Subscription subscription, Instant at) {
        long started = System.nanoTime();
        try {
            URI uri = targets.check(subscription.target());
            String body = json.writeValueAsString(new Envelope(TYPE, delivery.notice().issuedAt(), delivery.notice()));
            long timestamp = at.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                    .header("content-type", "application/json")
                    .header("user-agent", "QSP-Webhooks/1")
                    .header("webhook-id", delivery.id())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(delivery.id(), timestamp, body,
                            subscription.signingSecrets(at)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Attempt(at, response.statusCode(), null, millisSince(started));
        } catch (InvalidField refused) {
            return new Attempt(at, null, "target refused: " + refused.getMessage(), millisSince(started));
        } catch (HttpTimeoutException e) {
            return new Attempt(at, null, "timed out", millisSince(started));
        } catch (IOException e) {
            return new Attempt(at, null, "no answer: " + e.getClass().getSimpleName(), millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(at, null, "interrupted", millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
