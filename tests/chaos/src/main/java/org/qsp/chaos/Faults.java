package org.qsp.chaos;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.qsp.harness.LocalStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills one component of the local stack with {@code kill -9}, starts what is down again at once
 * ({@code stack.sh start} leaves the running parts alone), probes until the pipeline works end to end again and
 * waits until the load's backlog is worked off, so that the next fault meets a system at rest.
 */
final class Faults {

    private static final Logger log = LoggerFactory.getLogger(Faults.class);

    private final LocalStack stack;
    private final Probe probe;
    private final ArrivalLoad load;
    private final Duration recoveryTimeout;

    Faults(LocalStack stack, Probe probe, ArrivalLoad load, Duration recoveryTimeout) {
        this.stack = stack;
        this.probe = probe;
        this.load = load;
        this.recoveryTimeout = recoveryTimeout;
    }

    FaultResult kill(String component) {
        if (stack.process(component).isEmpty()) {
            log.warn("{} is not running, so it cannot be killed", component);
            return new FaultResult("kill -9 " + component, null, Instant.now(), null, null, null, null, false, null,
                    "not injected: " + component + " was not running");
        }
        long pid = stack.process(component).orElseThrow().pid();
        int inFlight = load.inFlight();
        Instant at = Instant.now();
        long origin = System.nanoTime();
        stack.kill(component);
        log.info("kill -9 {} (pid {}); stack.sh start", component, pid);
        Double restart = null;
        String note = null;
        try {
            stack.start(recoveryTimeout);
            restart = Probe.secondsSince(origin);
            log.info("{} ready again after {} s; probing", component, restart);
        } catch (IllegalStateException e) {
            note = "stack.sh start failed: " + e.getMessage().lines().findFirst().orElse("");
            log.warn("{}", note);
        }
        return recovery("kill -9 " + component, pid, at, origin, restart, note, inFlight);
    }

    /**
     * How the system comes back from a fault that ended at {@code origin}: the probe, then the backlog.
     * {@code inFlightBefore}: the load's samples in flight before the fault.
     */
    FaultResult recovery(String fault, Long pid, Instant at, long origin, Double restart, String note,
            int inFlightBefore) {
        Probe.Result result = probe.run(origin, recoveryTimeout);
        Double backlog = backlogWorkedOff(origin, inFlightBefore);
        FaultResult outcome = FaultResult.of(fault, pid, at, restart, result, backlog, note);
        log.info("{}: {}", fault, outcome.recovered() ? "pipeline works again after " + outcome.recoverySeconds()
                + " s, backlog worked off after " + backlog + " s" : "NOT recovered: " + outcome.note());
        return outcome;
    }

    private Double backlogWorkedOff(long origin, int inFlightBefore) {
        int level = inFlightBefore + (int) Math.ceil(2 * load.rate());
        long left = origin + recoveryTimeout.toNanos() - System.nanoTime();
        try {
            Awaitility.await("samples in flight back to " + level).atMost(Duration.ofNanos(Math.max(left, 1)))
                    .pollInterval(Duration.ofMillis(200)).until(() -> load.inFlight() <= level);
            return Probe.secondsSince(origin);
        } catch (ConditionTimeoutException e) {
            log.warn("{} samples still in flight {} s after the fault", load.inFlight(), Probe.secondsSince(origin));
            return null;
        }
    }
}
