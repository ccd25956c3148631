package org.qsp.chaos;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every answer of the run, counted under the phase that was current when its request was sent (a retry sent
 * during the overload counts there, even for a sample filed before it).
 */
final class Traffic {

    private final Map<String, StatusCounts> byPhase = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile String phase;

    Traffic(String firstPhase) {
        phase(firstPhase);
    }

    void phase(String name) {
        byPhase.computeIfAbsent(name, n -> new StatusCounts());
        phase = name;
    }

    String phase() {
        return phase;
    }

    void record(String phaseAtSend, Answer answer) {
        byPhase.computeIfAbsent(phaseAtSend, n -> new StatusCounts()).add(answer);
    }

    StatusCounts.Snapshot of(String name) {
        return byPhase.getOrDefault(name, new StatusCounts()).snapshot();
    }

    Map<String, StatusCounts.Snapshot> all() {
        Map<String, StatusCounts.Snapshot> all = new LinkedHashMap<>();
        synchronized (byPhase) {
            byPhase.forEach((name, counts) -> all.put(name, counts.snapshot()));
        }
        return all;
    }
}
