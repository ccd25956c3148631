package org.qsp.bench;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The propagation phase: failed samples at a constant rate (half the pipeline's saturation), and how long each took
 * from its result being recorded (inspection's {@code conclusion.recordedAt}) to its notice being issued
 * (rectification's {@code notices[].issuedAt}) and to its credit record (credit's {@code recordedAt}).
 *
 * @param acknowledged samples whose form and result both got 201
 * @param complete     of those, the samples whose task and credit record were found
 * @param gatlingReport Gatling's own report of the phase, relative to the bench folder
 */
public record Propagation(double offered, double seconds, int acknowledged, int complete, LatencyStats notice,
        LatencyStats credit, String gatlingReport, @JsonIgnore List<Long> noticeLagsMs,
        @JsonIgnore List<Long> creditLagsMs) {

    public Propagation {
        noticeLagsMs = noticeLagsMs.stream().sorted().toList();
        creditLagsMs = creditLagsMs.stream().sorted().toList();
    }

    public static Propagation of(double offered, double seconds, int acknowledged, int complete,
            List<Long> noticeLagsMs, List<Long> creditLagsMs, String gatlingReport) {
        return new Propagation(offered, seconds, acknowledged, complete, LatencyStats.of(noticeLagsMs),
                LatencyStats.of(creditLagsMs), gatlingReport, noticeLagsMs, creditLagsMs);
    }

    public int missing() {
        return acknowledged - complete;
    }
}
