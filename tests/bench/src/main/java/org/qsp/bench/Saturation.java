package org.qsp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that says which arrival-rate level a workload sustains. A level passes when
 * <ul>
 * <li>the achieved rate is at least {@code minAchievedRatio} of the offered rate (one operation short of it is
 * forgiven: a window of a few seconds at a low rate holds few operations, and one more or less is chance),</li>
 * <li>fewer than {@code maxErrorRatio} of its requests failed, and</li>
 * <li>its HTTP p99 (and, for the pipeline, its notice and credit propagation p99) is at most {@code maxP99Ms}.</li>
 * </ul>
 * The saturation rate is the offered rate of the highest level that passes; the stepping stops after
 * {@code stopAfterFailedLevels} failing levels in a row.
 */
public record Saturation(double minAchievedRatio, double maxErrorRatio, long maxP99Ms, int stopAfterFailedLevels) {

    public static final Saturation DEFAULT = new Saturation(0.95, 0.01, 1000, 2);

    public LevelResult judge(LevelResult level) {
        List<String> failures = new ArrayList<>();
        if (level.requests() == 0) {
            failures.add("no request completed");
        }
        if ((level.achieved() * level.windowSeconds() + 1) < minAchievedRatio * level.offered() * level.windowSeconds()) {
            failures.add(String.format(Locale.ROOT, "achieved %.0f %% of offered", 100 * level.achievedRatio()));
        }
        if (level.errorRatio() >= maxErrorRatio) {
            failures.add(String.format(Locale.ROOT, "%.1f %% errors%s", 100 * level.errorRatio(),
                    level.failures() == null || level.failures().isEmpty() ? "" : " " + level.failures()));
        }
        bounded("HTTP", level.http(), failures);
        bounded("notice", level.notice(), failures);
        bounded("credit", level.credit(), failures);
        return level.judged(failures.isEmpty(), failures.isEmpty() ? "sustained" : String.join("; ", failures));
    }

    public List<LevelResult> judge(List<LevelResult> levels) {
        return levels.stream().map(this::judge).toList();
    }

    /** The highest level that passed, if any did. */
    public Optional<LevelResult> saturation(List<LevelResult> judged) {
        return judged.stream().filter(LevelResult::passed).reduce((lower, higher) -> higher);
    }

    /** Whether some level above the highest passing one failed: the workload's limit was found, not just approached. */
    public boolean reached(List<LevelResult> judged) {
        int highest = saturation(judged).map(LevelResult::level).orElse(0);
        return judged.stream().anyMatch(level -> !level.passed() && level.level() > highest);
    }

    /** Whether the last {@code stopAfterFailedLevels} levels all failed: stepping higher tells nothing more. */
    public boolean stop(List<LevelResult> judged) {
        if (judged.size() < stopAfterFailedLevels) {
            return false;
        }
        return judged.subList(judged.size() - stopAfterFailedLevels, judged.size()).stream()
                .noneMatch(LevelResult::passed);
    }

    public String definition() {
        return String.format(Locale.ROOT, "Saturation is the highest offered arrival rate (open model, constant rate "
                + "per level) whose level passes: achieved throughput ≥ %.0f %% of offered (less one operation), "
                + "< %s %% of requests failed, and p99 ≤ %d ms (HTTP; for the pipeline also result → notice and "
                + "result → credit). Stepping stops after %d failing levels in a row.", 100 * minAchievedRatio,
                trim(100 * maxErrorRatio), maxP99Ms, stopAfterFailedLevels);
    }

    private void bounded(String what, LatencyStats stats, List<String> failures) {
        if (stats != null && stats.count() > 0 && stats.p99() > maxP99Ms) {
            failures.add(what + " p99 " + stats.p99() + " ms > " + maxP99Ms + " ms");
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
