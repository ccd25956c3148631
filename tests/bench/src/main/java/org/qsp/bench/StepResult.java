package org.qsp.bench;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A workload stepped through arrival-rate levels: the probe's estimate the levels were placed around, every level
 * measured and judged, and the saturation found.
 *
 * @param probeOperationsPerSecond the closed-model probe's throughput (only where the levels were placed)
 * @param saturationOffered        the offered rate of the highest passing level (0 when none passed)
 * @param operationsPerSecond      the rate sustained there: the achieved rate, but no more than the offered one
 *                                 (a level can complete a little more than it was offered, what the one before
 *                                 left in flight)
 * @param requestsPerSecond        the same in HTTP requests ({@code operationsPerSecond} × requests per operation)
 * @param reached                  a level above the saturation failed; false means the workload sustained even the
 *                                 highest level tried, so its capacity is at least this
 * @param gatlingReports           Gatling's own reports of the runs, relative to the bench folder
 */
public record StepResult(String workload, String description, double probeOperationsPerSecond,
        double saturationOffered, double operationsPerSecond, double requestsPerSecond, boolean reached,
        long httpP50Ms, long httpP99Ms, List<LevelResult> levels, List<String> gatlingReports) {

    public static StepResult of(Workload workload, double probe, List<LevelResult> judged, Saturation rule,
            List<String> gatlingReports) {
        LevelResult saturation = rule.saturation(judged).orElse(null);
        double achieved = saturation == null ? 0 : Math.min(saturation.offered(), saturation.achieved());
        return new StepResult(workload.key(), workload.description(), Summary.round(probe, 1),
                saturation == null ? 0 : saturation.offered(), Summary.round(achieved, 1),
                Summary.round(achieved * workload.requestsPerOperation(), 1), rule.reached(judged),
                saturation == null ? 0 : saturation.http().p50(), saturation == null ? 0 : saturation.http().p99(),
                judged, List.copyOf(gatlingReports));
    }

    @JsonIgnore
    public boolean found() {
        return saturationOffered > 0;
    }
}
