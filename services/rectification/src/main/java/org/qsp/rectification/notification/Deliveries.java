package org.qsp.rectification.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries over deliveries, and the claim of due ones (the store adapter answers them). */
public interface Deliveries {

    /**
     * Claims up to {@code limit} PENDING deliveries due at {@code dueBy} whose lease is free at {@code leaseNow}, for
     * {@code owner} until {@code leaseUntil}; returns those this call won (another worker may win some).
     */
    List<Delivery> claimDue(Instant dueBy, Instant leaseNow, Instant leaseUntil, String owner, int limit);

    /** A subscription's deliveries, newest first. */
    DeliveryPage ofSubscription(String subscriptionId, int page, int size);

    /** The ids of a subscription's deliveries that are still PENDING. */
    List<String> pendingOf(String subscriptionId);

    /** The deliveries in {@code status} to enterprises whose region starts with {@code regionPrefix}, newest first. */
    DeliveryPage inStatus(DeliveryStatus status, String regionPrefix, int page, int size);

    Optional<Delivery> byReadToken(String token);

    record DeliveryPage(List<Delivery> items, long total, int page, int size) {
    }
}
