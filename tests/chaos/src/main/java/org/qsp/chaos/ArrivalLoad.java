package org.qsp.chaos;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * An open workload: new failed samples arrive at a constant rate whatever the system does (a slow system gets more
 * samples in flight, not fewer arrivals, so its latency is not hidden by coordinated omission). Each sample is filed
 * on its own virtual thread, retried until acknowledged. The rate can change between phases; 0 pauses arrivals.
 */
final class ArrivalLoad implements AutoCloseable {

    /** After a stall (the machine was busy) at most this much of missed arrivals is made up at once. */
    private static final long MAX_BACKLOG_NANOS = Duration.ofSeconds(1).toNanos();

    private final SampleFiler filer;
    private final Ledger ledger;
    private final Set<Thread> inFlight = ConcurrentHashMap.newKeySet();
    private final Thread pacer;
    private volatile double rate;
    private volatile boolean arriving = true;

    ArrivalLoad(SampleFiler filer, Ledger ledger, double rate) {
        this.filer = filer;
        this.ledger = ledger;
        this.rate = rate;
        this.pacer = Thread.ofPlatform().name("chaos-arrivals").daemon().unstarted(this::pace);
    }

    ArrivalLoad start() {
        pacer.start();
        return this;
    }

    /** Samples per second from now on. */
    void rate(double perSecond) {
        rate = perSecond;
    }

    double rate() {
        return rate;
    }

    int inFlight() {
        return inFlight.size();
    }

    /** No more arrivals; the samples in flight go on until acknowledged. */
    void stopArrivals() {
        arriving = false;
        pacer.interrupt();
    }

    /** Waits until every sample in flight was acknowledged or given up; false when some still are after {@code atMost}. */
    boolean awaitDrained(Duration atMost) {
        try {
            Awaitility.await("samples in flight acknowledged").atMost(atMost).pollInterval(Duration.ofMillis(200))
                    .until(inFlight::isEmpty);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** Gives up every sample still in flight (they stay unacknowledged). */
    @Override
    public void close() {
        stopArrivals();
        inFlight.forEach(Thread::interrupt);
    }

    private void pace() {
        long next = System.nanoTime();
        while (arriving) {
            double perSecond = rate;
            if (perSecond <= 0) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                next = System.nanoTime();
                continue;
            }
            next = Math.max(next + (long) (1e9 / perSecond), System.nanoTime() - MAX_BACKLOG_NANOS);
            for (long wait = next - System.nanoTime(); wait > 0 && arriving; wait = next - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (arriving) {
                launch();
            }
        }
    }

    private void launch() {
        Thread thread = Thread.ofVirtual().name("sample").unstarted(() -> {
            try {
                filer.file(ledger.next());
            } finally {
                inFlight.remove(Thread.currentThread());
            }
        });
        inFlight.add(thread);
        thread.start();
    }
}
