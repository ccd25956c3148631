package org.qsp.rectification.notification.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.platform.access.Caller;
import org.qsp.platform.web.PageResponse;
import org.qsp.rectification.notification.Deliveries;
import org.qsp.rectification.notification.NotificationService;
import org.qsp.rectification.notification.SigningSecret;
import org.qsp.rectification.notification.Subscription;

/**
 * The owning enterprise's subscriptions and their delivery logs. Another enterprise's subscription answers the same
 * 404 as one that does not exist; every other role is refused (403).
 */
@RestController
@RequestMapping("/api/rectification/v1/subscriptions")
@PreAuthorize("hasRole('ENTERPRISE')")
class SubscriptionController {

    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;

    private final NotificationService notifications;
    private final Clock clock;

    SubscriptionController(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A webhook is active at once and its signing secret shown in this answer only; an email awaits its confirmation link. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriptionView subscribe(@Valid @RequestBody SubscriptionRequest body, Caller caller) {
        Subscription created = notifications.subscribe(body.toRequest(), caller);
        List<SigningSecret> secrets = created.signingSecrets(clock.instant());
        return SubscriptionView.withSecret(created, clock.instant(), secrets.isEmpty() ? null : secrets.getFirst());
    }

    @GetMapping
    List<SubscriptionView> subscriptions(Caller caller) {
        return notifications.subscriptionsOf(caller).stream().map(s -> SubscriptionView.of(s, clock.instant()))
                .toList();
    }

    @GetMapping("/{id}")
    SubscriptionView subscription(@PathVariable String id, Caller caller) {
        return SubscriptionView.of(notifications.subscription(id, caller), clock.instant());
    }

    /** Nothing more is sent to it; deliveries still pending are cancelled. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable String id, Caller caller) {
        notifications.unsubscribe(id, caller);
    }

    /** A new secret, shown in this answer only; the previous ones keep signing for the grace window. */
    @PostMapping("/{id}/secret-rotation")
    SubscriptionView rotate(@PathVariable String id, Caller caller) {
        SigningSecret fresh = notifications.rotateSecret(id, caller);
        return SubscriptionView.withSecret(notifications.subscription(id, caller), clock.instant(), fresh);
    }

    @GetMapping("/{id}/deliveries")
    PageResponse<DeliveryView> deliveries(@PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size, Caller caller) {
        return pageOf(notifications.deliveriesOf(id, caller, page, size));
    }

    /** Sends a delivered or failed notice again with a fresh schedule (202: the worker sends it, not this request). */
    @PostMapping("/{id}/deliveries/{deliveryId}/redelivery")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryView redeliver(@PathVariable String id, @PathVariable String deliveryId, Caller caller) {
        return DeliveryView.of(notifications.redeliver(id, deliveryId, caller));
    }

    static PageResponse<DeliveryView> pageOf(Deliveries.DeliveryPage page) {
        return new PageResponse<>(page.items().stream().map(DeliveryView::of).toList(), page.page(), page.size(),
                page.total());
    }
}
