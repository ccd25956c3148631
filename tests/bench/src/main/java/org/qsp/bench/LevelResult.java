package org.qsp.bench;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One arrival-rate level as measured, and the verdict of the saturation rule on it.
 *
 * @param windowSeconds  how long the measured window of the level was
 * @param offered        the arrival rate, operations per second
 * @param achieved       operations per second completed during the measured window (for the pipeline: samples whose
 *                       task and credit record were both written in the window, by the services' own timestamps)
 * @param operations     operations that arrived in the window
 * @param requests       their HTTP requests
 * @param failedRequests requests without the expected status (errors, timeouts, refused connections)
 * @param failures       those by what they got: the HTTP status, or "no answer"
 * @param http           latency of those requests
 * @param notice         pipeline only: result recorded → notice issued, of the samples that arrived in the window
 * @param credit         pipeline only: result recorded → credit record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelResult(int level, double windowSeconds, double offered, double achieved, int operations, int requests,
        int failedRequests, Map<String, Integer> failures, LatencyStats http, LatencyStats notice, LatencyStats credit, boolean passed,
        String verdict) {

    public double achievedRatio() {
        return offered > 0 ? achieved / offered : 0;
    }

    public double errorRatio() {
        return requests > 0 ? (double) failedRequests / requests : 0;
    }

    public LevelResult numbered(int number) {
        return new LevelResult(number, windowSeconds, offered, achieved, operations, requests, failedRequests, failures,
                http, notice, credit, passed, verdict);
    }

    public LevelResult judged(boolean passed, String verdict) {
        return new LevelResult(level, windowSeconds, offered, achieved, operations, requests, failedRequests, failures,
                http, notice, credit,
                passed, verdict);
    }
}
