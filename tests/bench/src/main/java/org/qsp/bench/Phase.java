package org.qsp.bench;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One Gatling run: a workload under a load, against the targets, recording into its observations. Gatling creates
 * the simulation class itself, with no arguments, so the run in progress is handed to it here: {@link GatlingRunner}
 * sets it for the run's duration and {@link QspSimulation} reads it.
 */
public record Phase(String name, Workload workload, Load load, Targets targets, Observations observations) {

    private static final AtomicReference<Phase> CURRENT = new AtomicReference<>();

    static Phase current() {
        Phase phase = CURRENT.get();
        if (phase == null) {
            throw new IllegalStateException("QspSimulation runs only inside a bench phase (see GatlingRunner)");
        }
        return phase;
    }

    void begin() {
        if (!CURRENT.compareAndSet(null, this)) {
            throw new IllegalStateException("another phase is running: " + CURRENT.get().name());
        }
    }

    void end() {
        CURRENT.compareAndSet(this, null);
    }
}
