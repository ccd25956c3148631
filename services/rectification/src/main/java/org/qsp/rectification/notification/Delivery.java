package org.qsp.rectification.notification;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * One notice for one subscription. Its id is {@code <subscriptionId>:<noticeId>}, so a notice event that arrives
 * twice finds the delivery it created the first time; the id is also the {@code webhook-id} every attempt carries,
 * and the receiver's dedup key. A delivery that a receiver accepted (a 2xx, or an SMTP server's acceptance) is
 * DELIVERED and never picked again; only an explicit redelivery sends it anew.
 */
@Document(Delivery.COLLECTION)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "subscription_newest_first", def = "{'subscriptionId': 1, 'createdAt': -1}")
@CompoundIndex(name = "region_by_status", def = "{'status': 1, 'notice.region': 1, 'createdAt': -1}")
@CompoundIndex(name = "read_token", def = "{'readToken': 1}", sparse = true)
public class Delivery extends OutboxDocument {

    public static final String COLLECTION = "notice_deliveries";
    public static final String DESCRIPTION = "delivery";
    /** Attempts kept per delivery: the newest, enough for several redeliveries of a full schedule. */
    static final int KEPT_ATTEMPTS = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String id;
    private String subscriptionId;
    private String owner;
    private Channel channel;
    private NoticeMessage notice;
    private DeliveryStatus status;
    private List<Attempt> attempts = new ArrayList<>();
    /** Failed attempts since the delivery was created or last redelivered: where it stands in the schedule. */
    private int failedInRound;
    private Instant nextAttemptAt;
    private String leaseOwner;
    private Instant leaseUntil;
    private Instant deliveredAt;
    private String readToken;
    private Instant createdAt;

    private Delivery() {
    }

    public static String idOf(String subscriptionId, String noticeId) {
        return subscriptionId + ":" + noticeId;
    }

    /** The notice for the subscription, due at once. An email gets a token for its "mark as read" link. */
    public static Delivery of(Subscription subscription, NoticeMessage notice, Instant at) {
        Delivery delivery = new Delivery();
        delivery.id = idOf(subscription.id(), notice.noticeId());
        delivery.subscriptionId = subscription.id();
        delivery.owner = subscription.owner();
        delivery.channel = subscription.channel();
        delivery.notice = notice;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = at;
        delivery.createdAt = at;
        if (subscription.channel() == Channel.EMAIL) {
            byte[] token = new byte[24];
            RANDOM.nextBytes(token);
            delivery.readToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        }
        return delivery;
    }

    /**
     * Records an attempt and what follows from it: accepted → DELIVERED (the first acceptance's time is kept);
     * refused or unanswered → the next attempt of the schedule, or FAILED after the last one. Frees the lease.
     */
    public void record(Attempt attempt, RetrySchedule schedule) {
        attempts.add(attempt);
        if (attempts.size() > KEPT_ATTEMPTS) {
            attempts.removeFirst();
        }
        leaseOwner = null;
        leaseUntil = null;
        if (attempt.accepted()) {
            status = DeliveryStatus.DELIVERED;
            nextAttemptAt = null;
            if (deliveredAt == null) {
                deliveredAt = attempt.at();
            }
            return;
        }
        if (status != DeliveryStatus.PENDING) {
            return;
        }
        failedInRound++;
        nextAttemptAt = schedule.next(failedInRound, attempt.at());
        if (nextAttemptAt == null) {
            status = DeliveryStatus.FAILED;
        }
    }

    /** Sends the notice again on demand, with a fresh schedule; a pending delivery is left as it is. */
    public void redeliver(Instant at) {
        if (status == DeliveryStatus.PENDING || status == DeliveryStatus.CANCELLED) {
            return;
        }
        status = DeliveryStatus.PENDING;
        failedInRound = 0;
        nextAttemptAt = at;
    }

    /** The subscription is gone: a delivery still pending is given up. */
    public void cancel() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.CANCELLED;
            nextAttemptAt = null;
            leaseOwner = null;
            leaseUntil = null;
        }
    }

    public String id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String owner() {
        return owner;
    }

    public Channel channel() {
        return channel;
    }

    public NoticeMessage notice() {
        return notice;
    }

    public DeliveryStatus status() {
        return status;
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String readToken() {
        return readToken;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
