package org.qsp.rectification.notification.schedule;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qsp.rectification.notification.DeliveryTrigger;
import org.qsp.rectification.notification.DeliveryWorker;

/**
 * Runs the worker on its own thread right after something was stored for it. Wake-ups while one is queued fold into
 * it; a lost wake-up (a crash) only waits for the next poll, since the work itself is in the store.
 */
final class WakeUps implements DeliveryTrigger, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WakeUps.class);

    private final DeliveryWorker worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notice-delivery-wake-up").daemon().factory());

    WakeUps(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Override
    public void soon() {
        if (queued.compareAndSet(false, true) && !thread.isShutdown()) {
            thread.execute(this::run);
        }
    }

    private void run() {
        queued.set(false);
        try {
            worker.runOnce();
        } catch (RuntimeException e) {
            log.warn("notice delivery after a wake-up failed; the next poll tries again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
