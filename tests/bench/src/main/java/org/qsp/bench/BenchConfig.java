package org.qsp.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How long and how hard the bench drives the stack. {@code BENCH_SECONDS} (default 230) bounds the time under load:
 * every level lasts {@code BENCH_SECONDS / 46} (at least 3 s), and at most 46 levels run: the closed-model probes
 * (pipeline 2, each baseline 1), four stepped workloads of up to {@link #FACTORS} levels each (9) and the
 * propagation phase (5). Stepping stops once a workload is saturated, so a run is usually under load for about
 * four fifths of it; a workload whose first level already fails is stepped again below it ({@link #LOWER_FACTORS}).
 */
public record BenchConfig(int benchSeconds, Duration level, Duration settle, int probeUsers, Saturation saturation) {

    /** Where the open-model levels lie, as multiples of the probe's throughput. */
    public static final List<Double> FACTORS = List.of(0.5, 0.7, 0.85, 1.0, 1.15, 1.3, 1.5, 1.8, 2.2);
    /** Where a workload is stepped again when even the first level failed: the probe overestimated it. */
    public static final List<Double> LOWER_FACTORS = List.of(0.15, 0.25, 0.35, 0.45);
    /**
     * Where a workload is stepped again when even the last level passed: the probe underestimated it (a cold JIT, a
     * closed loop of a few users on a busy machine).
     */
    public static final List<Double> HIGHER_FACTORS = List.of(2.8, 3.6, 4.6, 6.0, 8.0, 11.0);
    static final int PROPAGATION_LEVELS = 5;
    private static final int PLANNED_LEVELS = 2 + 3 + 4 * FACTORS.size() + PROPAGATION_LEVELS;
    private static final int DEFAULT_SECONDS = 230;

    public static BenchConfig fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault("BENCH_SECONDS", "");
        int seconds;
        try {
            seconds = value.isBlank() ? DEFAULT_SECONDS : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BENCH_SECONDS must be a whole number of seconds, not '" + value + "'");
        }
        if (seconds < 3 * PLANNED_LEVELS) {
            throw new IllegalArgumentException("BENCH_SECONDS must be at least " + 3 * PLANNED_LEVELS
                    + " (levels of 3 s)");
        }
        Duration level = Duration.ofMillis(seconds * 1000L / PLANNED_LEVELS);
        Duration settle = Duration.ofMillis(Math.min(1000, level.toMillis() / 4));
        return new BenchConfig(seconds, level, settle, 8, Saturation.DEFAULT);
    }

    public Duration propagation() {
        return level.multipliedBy(PROPAGATION_LEVELS);
    }
}
