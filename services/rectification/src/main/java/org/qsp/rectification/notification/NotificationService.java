package org.qsp.rectification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.events.IncomingEvent;
import org.qsp.platform.store.AggregateStore;
import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskService;

/**
 * The use cases of notification: an enterprise manages its subscriptions and reads its delivery log; an issued
 * notice becomes one pending delivery per matching subscription (the {@link DeliveryWorker} sends them); the links
 * of an email confirm the address and mark the notice read.
 */
@Service
public class NotificationService {

    private final AggregateStore<Subscription> subscriptionStore;
    private final AggregateStore<Delivery> deliveryStore;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final WebhookTargets targets;
    private final DeliveryTrigger trigger;
    private final TaskService tasks;
    private final NotificationProperties properties;
    private final Clock clock;

    public NotificationService(AggregateStore<Subscription> subscriptionStore, AggregateStore<Delivery> deliveryStore,
            Subscriptions subscriptions, Deliveries deliveries, WebhookTargets targets, DeliveryTrigger trigger,
            TaskService tasks, NotificationProperties properties, Clock clock) {
        this.subscriptionStore = subscriptionStore;
        this.deliveryStore = deliveryStore;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.trigger = trigger;
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
    }

    /** What an enterprise asks for: exactly one of a webhook URL and an email address; no kinds means all. */
    public record Request(String webhookUrl, String email, List<NoticeKind> kinds) {
    }

    /** Creates a subscription of the calling enterprise (the URL checked against SSRF first); nothing is stored on refusal. */
    public Subscription subscribe(Request request, Caller caller) {
        String owner = caller.requireUscc();
        if ((request.webhookUrl() == null) == (request.email() == null)) {
            throw new InvalidField("validation-failed", WebhookTargets.FIELD, "give either webhookUrl or email");
        }
        if (request.kinds() != null && Set.copyOf(request.kinds()).size() < request.kinds().size()) {
            throw new InvalidField("duplicate-kind", "kinds", "names a kind twice");
        }
        if (subscriptions.ownedBy(owner).size() >= properties.maxSubscriptions()) {
            throw new TooManySubscriptions(properties.maxSubscriptions());
        }
        Set<NoticeKind> kinds = request.kinds() == null || request.kinds().isEmpty()
                ? EnumSet.allOf(NoticeKind.class) : EnumSet.copyOf(request.kinds());
        Instant now = clock.instant();
        Subscription subscription = request.webhookUrl() != null
                ? Subscription.webhook(owner, targets.check(request.webhookUrl()).toString(), kinds, now)
                : Subscription.email(owner, request.email(), kinds, now);
        Subscription stored = subscriptionStore.insertIfAbsent(subscription).aggregate();
        if (stored.channel() == Channel.EMAIL) {
            trigger.soon();
        }
        return stored;
    }

    public List<Subscription> subscriptionsOf(Caller caller) {
        return subscriptions.ownedBy(caller.requireUscc());
    }

    public Subscription subscription(String id, Caller caller) {
        Subscription subscription = subscriptionStore.find(id).filter(s -> s.status() != SubscriptionStatus.DELETED)
                .orElseThrow(() -> new NotYourSubscription(Subscription.DESCRIPTION, id));
        subscription.requireOwner(caller);
        return subscription;
    }

    /** Deletes the caller's subscription; what it still had pending is cancelled. */
    public void unsubscribe(String id, Caller caller) {
        subscription(id, caller);
        subscriptionStore.update(id, s -> s.delete(caller));
        deliveries.pendingOf(id).forEach(d -> deliveryStore.update(d, Delivery::cancel));
    }

    /** A new signing secret, shown once; the previous ones keep signing for the grace window. */
    public SigningSecret rotateSecret(String id, Caller caller) {
        subscription(id, caller);
        SigningSecret[] fresh = new SigningSecret[1];
        subscriptionStore.update(id, s -> fresh[0] = s.rotateSecret(caller, clock.instant(), properties.secretGrace()));
        return fresh[0];
    }

    public Deliveries.DeliveryPage deliveriesOf(String subscriptionId, Caller caller, int page, int size) {
        subscription(subscriptionId, caller);
        return deliveries.ofSubscription(subscriptionId, page, size);
    }

    /** Sends a delivered or failed notice again, with a fresh schedule; pending ones are left alone. */
    public Delivery redeliver(String subscriptionId, String deliveryId, Caller caller) {
        subscription(subscriptionId, caller);
        Delivery delivery = deliveryStore.find(deliveryId)
                .filter(d -> d.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new NotYourSubscription(Delivery.DESCRIPTION, deliveryId));
        Delivery redelivered = deliveryStore.update(delivery.id(), d -> d.redeliver(clock.instant()));
        trigger.soon();
        return redelivered;
    }

    /** What a regulator sees: the deliveries in that status to enterprises of their region. */
    public Deliveries.DeliveryPage deliveriesIn(DeliveryStatus status, Caller caller, int page, int size) {
        return deliveries.inStatus(status, caller.supervisedPrefix(), page, size);
    }

    /**
     * An issued rectification order becomes a pending delivery for each subscription of its enterprise that
     * receives orders. The delivery id derives from subscription and notice, so a redelivered event adds nothing.
     */
    public void noticeIssued(IncomingEvent<RectificationTaskOpened> event) {
        NoticeMessage notice = NoticeMessage.orderOf(event.payload(), event.time());
        boolean added = false;
        for (Subscription subscription : subscriptions.receiving(notice.uscc(), notice.kind())) {
            added |= deliveryStore.insertIfAbsent(Delivery.of(subscription, notice, clock.instant())).changed();
        }
        if (added) {
            trigger.soon();
        }
    }

    /** The link of a confirmation mail: the address receives notices from now on. */
    public Subscription confirm(String token) {
        Subscription subscription = subscriptions.byConfirmationToken(token)
                .orElseThrow(() -> new UnknownLink("confirmation"));
        return subscriptionStore.update(subscription.id(), Subscription::confirm);
    }

    /** The "已阅" link of a notice email: the notice is READ (the first time is kept). */
    public Delivery readByLink(String token) {
        Delivery delivery = deliveries.byReadToken(token).orElseThrow(() -> new UnknownLink("read"));
        tasks.recordRead(new TaskId(delivery.notice().taskId()), Notice.Kind.valueOf(delivery.notice().kind().name()),
                clock.instant());
        return delivery;
    }

    /** An enterprise already has as many subscriptions as it may (422). */
    public static class TooManySubscriptions extends DomainException {
        TooManySubscriptions(int max) {
            super(Kind.REJECTED, "too-many-subscriptions", "an enterprise has at most " + max + " subscriptions");
        }
    }

    /** A link whose token is unknown or already used up (404, nothing said about why). */
    public static class UnknownLink extends DomainException {
        UnknownLink(String what) {
            super(Kind.NOT_FOUND, "not-found", "this " + what + " link is not valid");
        }
    }
}
