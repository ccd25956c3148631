package org.qsp.chaos;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.qsp.chaos.Ledger.Sample;
import org.qsp.harness.DemoTokens;
import org.qsp.harness.PipelineStores;

/**
 * One look at whether the pipeline works end to end: identity logs {@code inspector1} in afresh (real PKCE login),
 * the gateway acknowledges a new failed sample (form and result, retried as the load does), and then rectification
 * has opened its task and credit has stored its record (read in their databases). The probe is a sample of the run
 * like any other and is counted with them at the end; it only backs off less between attempts (at most
 * {@link #BACK_OFF_CAP}), so that it notices a recovery within about a second.
 */
final class Probe {

    static final Duration BACK_OFF_CAP = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(200);

    private final SampleFiler filer;
    private final Ledger ledger;
    private final DemoTokens tokens;
    private final PipelineStores stores;

    Probe(SampleFiler filer, Ledger ledger, DemoTokens tokens, PipelineStores stores) {
        this.filer = filer.backingOffAtMost(BACK_OFF_CAP);
        this.ledger = ledger;
        this.tokens = tokens;
        this.stores = stores;
    }

    /**
     * Runs the probe now and gives up at {@code origin + atMost}; times are seconds since {@code origin}
     * ({@link System#nanoTime()}), e.g. since a kill.
     */
    Result run(long origin, Duration atMost) {
        long deadline = origin + atMost.toNanos();
        Sample sample = ledger.next();
        try {
            Awaitility.await("identity logs inspector1 in").atMost(left(deadline)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> !tokens.renew(SampleFiler.INSPECTOR).isBlank());
        } catch (ConditionTimeoutException e) {
            return Result.failed(sample, "identity issued no token");
        }
        Thread filing = Thread.ofVirtual().name("probe").start(() -> filer.file(sample));
        try {
            if (!filing.join(left(deadline))) {
                filing.interrupt();
                return Result.failed(sample, "the gateway did not acknowledge the probe sample");
            }
        } catch (InterruptedException e) {
            filing.interrupt();
            Thread.currentThread().interrupt();
            return Result.failed(sample, "interrupted");
        }
        if (!ledger.acknowledged().contains(sample.id())) {
            return Result.failed(sample, "the probe sample was refused: " + ledger.refused().get(sample.id()));
        }
        double acknowledged = secondsSince(origin);
        try {
            Awaitility.await("task and credit record of probe " + sample.id()).atMost(left(deadline))
                    .pollInterval(POLL).ignoreExceptions().until(() -> stores.flowedThrough(sample.id()));
        } catch (ConditionTimeoutException e) {
            return new Result(sample.id(), false, acknowledged, null, "no task or no credit record");
        }
        return new Result(sample.id(), true, acknowledged, secondsSince(origin), null);
    }

    static double secondsSince(long origin) {
        return Math.round((System.nanoTime() - origin) / 1e7) / 100.0;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), POLL.toNanos()));
    }

    /**
     * @param acknowledgedSeconds when the gateway had acknowledged both PUTs (null if it did not)
     * @param flowedSeconds       when the task and the credit record were both there (null if not in time)
     */
    record Result(String sampleId, boolean flowed, Double acknowledgedSeconds, Double flowedSeconds, String failure) {

        static Result failed(Sample sample, String why) {
            return new Result(sample.id(), false, null, null, why);
        }
    }
}
