package org.qsp.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.qsp.harness.SampleTrail;

/** Measures arrival-rate levels from what a run observed (pure: no clock, no I/O). */
public final class Levels {

    private Levels() {
    }

    /**
     * A level over HTTP alone: an operation counts as achieved when it ended successfully within the window.
     */
    public static LevelResult overHttp(LevelWindow window, Observations observations) {
        List<Long> completions = observations.operations().stream().filter(Observations.Operation::ok)
                .map(Observations.Operation::endMs).toList();
        return measure(window, observations, completions, null, null);
    }

    /**
     * A pipeline level: a sample counts as achieved when the later of its notice and its first credit record was
     * written within the window (the services' timestamps); lags are those of the samples that arrived in it.
     */
    public static LevelResult overPipeline(LevelWindow window, Observations observations,
            Map<String, SampleTrail> trails) {
        List<Observations.Operation> arrived = observations.operations().stream()
                .filter(op -> window.contains(op.startMs())).toList();
        List<Long> completions = trails.values().stream().map(SampleTrail::settledAt).flatMap(Optional::stream)
                .map(Instant::toEpochMilli).toList();
        return measure(window, observations, completions, lags(arrived, trails, SampleTrail::toNotice),
                lags(arrived, trails, SampleTrail::toCredit));
    }

    private static LevelResult measure(LevelWindow window, Observations observations, List<Long> completions,
            LatencyStats notice, LatencyStats credit) {
        List<Observations.Request> in = observations.requests().stream()
                .filter(r -> window.contains(r.operationStartMs())).toList();
        Map<String, Integer> failures = new TreeMap<>();
        in.stream().filter(r -> !r.ok())
                .forEach(r -> failures.merge(r.status() == 0 ? "no answer" : Integer.toString(r.status()), 1,
                        Integer::sum));
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        int operations = (int) observations.operations().stream().filter(op -> window.contains(op.startMs())).count();
        long achieved = completions.stream().filter(window::contains).count();
        LatencyStats http = LatencyStats.of(in.stream().map(Observations.Request::latencyMs).toList());
        return new LevelResult(window.index(), window.seconds(), window.offered(), achieved / window.seconds(),
                operations, in.size(), failed, failures, http, notice, credit, false, "");
    }

    /** The closed-model probe's throughput: successful operations per second over the second half of the run. */
    public static double probeThroughput(List<Observations.Operation> operations) {
        if (operations.size() < 2) {
            return 0;
        }
        long first = operations.stream().mapToLong(Observations.Operation::startMs).min().orElseThrow();
        long last = operations.stream().mapToLong(Observations.Operation::endMs).max().orElseThrow();
        long middle = first + (last - first) / 2;
        long done = operations.stream().filter(op -> op.ok() && op.endMs() >= middle).count();
        return last > middle ? done * 1000.0 / (last - middle) : 0;
    }

    /**
     * Arrival rates of the open-model levels around a probe's throughput estimate: the estimate times each factor,
     * to two significant digits, at least one operation per second.
     */
    public static List<Double> ratesAround(double estimate, List<Double> factors) {
        return factors.stream().map(f -> roundTwoDigits(Math.max(1.0, estimate * f))).distinct().toList();
    }

    static double roundTwoDigits(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.round(value / magnitude) * magnitude;
    }

    private static LatencyStats lags(List<Observations.Operation> arrived, Map<String, SampleTrail> trails,
            Function<SampleTrail, Optional<Duration>> lag) {
        return LatencyStats.of(arrived.stream().filter(Observations.Operation::ok)
                .map(op -> trails.get(op.sampleId())).filter(Objects::nonNull)
                .map(lag).flatMap(Optional::stream).map(Duration::toMillis).toList());
    }
}
