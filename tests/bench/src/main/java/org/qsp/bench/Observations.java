package org.qsp.bench;

import java.util.List;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the virtual users of one Gatling run saw, recorded as they go (thread-safe): every HTTP request and every
 * operation. Requests are attributed to the time their operation arrived, so that a level's latency is that of the
 * users who arrived during it. Also carries the run's start and a request to stop injecting.
 */
public final class Observations {

    /**
     * One HTTP request: when its operation arrived, how long the request took, the status it got (0: no answer) and
     * whether that was the expected one.
     */
    public record Request(long operationStartMs, long latencyMs, int status, boolean ok) {
    }

    /** One operation (a user): its sample and enterprise (when it writes one), when it arrived and ended. */
    public record Operation(String sampleId, String uscc, long startMs, long endMs, boolean ok) {
    }

    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();
    private final Queue<Operation> operations = new ConcurrentLinkedQueue<>();
    private volatile long startedAtMs;
    private volatile long stopRequestedAtMs;

    public void started(long epochMs) {
        startedAtMs = epochMs;
    }

    /** When injection started; 0 before. */
    public long startedAtMs() {
        return startedAtMs;
    }

    public void request(long operationStartMs, long latencyMs, int status, boolean ok) {
        requests.add(new Request(operationStartMs, latencyMs, status, ok));
    }

    public void operation(String sampleId, String uscc, long startMs, long endMs, boolean ok) {
        operations.add(new Operation(sampleId, uscc, startMs, endMs, ok));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Asks the run to stop injecting users (the simulation checks this for every new user). */
    public void requestStop(long epochMs) {
        if (stopRequestedAtMs == 0) {
            stopRequestedAtMs = epochMs;
        }
    }

    public boolean stopRequested() {
        return stopRequestedAtMs != 0;
    }

    public OptionalLong stopRequestedAtMs() {
        return stopRequested() ? OptionalLong.of(stopRequestedAtMs) : OptionalLong.empty();
    }
}
