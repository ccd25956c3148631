package org.qsp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How virtual users arrive during one Gatling run. */
public sealed interface Load {

    Duration duration();

    /**
     * A closed model: {@code users} at a time, each replaced when it is done. Used only to find roughly where the
     * capacity lies (and to warm the JIT) before the open-model levels are placed around it.
     */
    record Closed(int users, Duration duration) implements Load {
    }

    /**
     * The open model: a constant arrival rate per level (operations per second), one level after the other, each
     * lasting {@code level}. Users arrive on schedule whatever the system's latency, so a slow answer cannot hold
     * back the next arrival (no coordinated omission).
     */
    record Open(List<Double> rates, Duration level) implements Load {

        public Open {
            rates = List.copyOf(rates);
        }

        @Override
        public Duration duration() {
            return level.multipliedBy(rates.size());
        }

        /** The measured part of each level, for a run whose injection started at {@code startMs}. */
        public List<LevelWindow> windows(long startMs, Duration settle) {
            List<LevelWindow> windows = new ArrayList<>();
            for (int i = 0; i < rates.size(); i++) {
                long levelStart = startMs + i * level.toMillis();
                windows.add(new LevelWindow(i + 1, rates.get(i), levelStart + settle.toMillis(),
                        levelStart + level.toMillis()));
            }
            return windows;
        }
    }
}
