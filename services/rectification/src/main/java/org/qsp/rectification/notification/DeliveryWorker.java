package org.qsp.rectification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qsp.platform.store.AggregateStore;
import org.qsp.rectification.task.Notice;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskService;

/**
 * Sends what is due, from the stored deliveries only: claims a batch (a lease, so two workers never send the same
 * delivery at once), sends them in parallel and records each attempt. On an acceptance the task's notice history
 * records DELIVERED first and the delivery second, so "the delivery is DELIVERED" always implies "the notice is
 * delivered"; a crash between the two sends the notice once more with the same {@code webhook-id}, never after the
 * delivery recorded its acceptance. Leases run on the system clock, due times on the service's clock.
 */
public class DeliveryWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final AggregateStore<Delivery> deliveryStore;
    private final AggregateStore<Subscription> subscriptionStore;
    private final Subscriptions subscriptions;
    private final NoticeSender sender;
    private final TaskService tasks;
    private final RetrySchedule schedule;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Clock leaseClock;
    private final ExecutorService attempts;
    private final String owner = "worker-" + UUID.randomUUID();
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    public DeliveryWorker(Deliveries deliveries, AggregateStore<Delivery> deliveryStore,
            AggregateStore<Subscription> subscriptionStore, Subscriptions subscriptions, NoticeSender sender,
            TaskService tasks, RetrySchedule schedule, NotificationProperties properties, Clock clock,
            Clock leaseClock) {
        this.deliveries = deliveries;
        this.deliveryStore = deliveryStore;
        this.subscriptionStore = subscriptionStore;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.tasks = tasks;
        this.schedule = schedule;
        this.properties = properties;
        this.clock = clock;
        this.leaseClock = leaseClock;
        this.attempts = Executors.newFixedThreadPool(properties.parallelism(),
                Thread.ofPlatform().name("notice-delivery-", 0).daemon().factory());
    }

    /**
     * Sends everything due now, batch after batch. A call while another runs makes that one go round once more
     * instead of waiting, so a wake-up is never lost.
     */
    public void runOnce() {
        again.set(true);
        do {
            if (!running.tryLock()) {
                return;
            }
            try {
                while (again.getAndSet(false)) {
                    sendConfirmations();
                    int sent;
                    do {
                        sent = sendDueBatch();
                    } while (sent == properties.batchSize());
                }
            } finally {
                running.unlock();
            }
        } while (again.get());
    }

    private int sendDueBatch() {
        Instant leaseNow = leaseClock.instant();
        List<Delivery> claimed = deliveries.claimDue(clock.instant(), leaseNow, leaseNow.plus(properties.lease()),
                owner, properties.batchSize());
        List<Future<?>> inFlight = claimed.stream().map(d -> attempts.submit(() -> attempt(d))).<Future<?>>map(f -> f)
                .toList();
        for (Future<?> attempt : inFlight) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (ExecutionException e) {
                log.warn("a delivery attempt could not be recorded; its lease expires and it is tried again: {}",
                        e.getCause().toString());
            }
        }
        return claimed.size();
    }

    private void attempt(Delivery delivery) {
        Subscription subscription = subscriptionStore.find(delivery.subscriptionId())
                .filter(s -> s.status() == SubscriptionStatus.ACTIVE).orElse(null);
        if (subscription == null) {
            deliveryStore.update(delivery.id(), Delivery::cancel);
            return;
        }
        Attempt attempt = sender.send(delivery, subscription, clock.instant());
        if (attempt.accepted()) {
            tasks.recordDelivered(new TaskId(delivery.notice().taskId()),
                    Notice.Kind.valueOf(delivery.notice().kind().name()), attempt.at());
        }
        deliveryStore.update(delivery.id(), d -> d.record(attempt, schedule));
    }

    /** Attempts in flight finish; what was claimed and not attempted is sent by the next worker once its lease ends. */
    @Override
    public void close() {
        attempts.shutdown();
    }

    private void sendConfirmations() {
        for (Subscription subscription : subscriptions.awaitingConfirmationMail(properties.batchSize())) {
            try {
                sender.sendConfirmation(subscription);
                subscriptionStore.update(subscription.id(), s -> s.confirmationSent(clock.instant()));
            } catch (RuntimeException e) {
                log.warn("confirmation mail of subscription {} not sent, tried again at the next poll: {}",
                        subscription.id(), e.toString());
            }
        }
    }
}
