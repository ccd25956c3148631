package org.qsp.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code summary.json} holds: the headline numbers first, then everything they come from.
 *
 * @param samplesPerSecond            the pipeline's saturation: failed samples per second that got their task and
 *                                    credit record (achieved rate at the highest passing level)
 * @param baselineRequestsPerSecond   the authenticated PUT baseline's saturation, requests per second
 * @param ratio                       pipeline requests/s (2 per sample) ÷ {@code baselineRequestsPerSecond}
 * @param noticeP50Ms                 result recorded → notice issued, at half the pipeline's saturation rate
 * @param creditP99Ms                 result recorded → credit record, same phase
 * @param maxRssMb                    the largest resident memory of a stack process after the bench
 * @param loadGeneratorCpuSecondsPerSample this JVM's CPU (Gatling) per sample in the pipeline phase: it shares the
 *                                    cores with the stack
 */
public record Summary(double samplesPerSecond, double baselineRequestsPerSecond, double ratio, long noticeP50Ms,
        long noticeP99Ms, long creditP50Ms, long creditP99Ms, double maxRssMb, long pipelineHttpP50Ms,
        long pipelineHttpP99Ms, double getGatewayRequestsPerSecond, double getDirectRequestsPerSecond,
        double propagationSamplesPerSecond, Instant startedAt, Instant finishedAt, int benchSeconds,
        double levelSeconds, String saturationDefinition, StepResult pipeline, Map<String, StepResult> baselines,
        Propagation propagation, List<ProcessFigures> processes, double loadGeneratorCpuSecondsPerSample,
        List<String> warnings) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public static Summary of(BenchConfig config, Instant startedAt, Instant finishedAt, Map<Workload, StepResult> steps,
            Propagation propagation, List<ProcessFigures> processes, double loadGeneratorCpuSecondsPerSample,
            List<String> warnings) {
        StepResult pipeline = steps.get(Workload.PIPELINE);
        StepResult put = steps.get(Workload.PUT_FORM);
        double ratio = put.requestsPerSecond() > 0 ? pipeline.requestsPerSecond() / put.requestsPerSecond() : 0;
        Map<String, StepResult> baselines = new LinkedHashMap<>();
        for (Workload baseline : List.of(Workload.PUT_FORM, Workload.GET_GATEWAY, Workload.GET_DIRECT)) {
            baselines.put(baseline.key(), steps.get(baseline));
        }
        double maxRss = processes.stream().mapToDouble(ProcessFigures::rssMb).max().orElse(0);
        return new Summary(pipeline.operationsPerSecond(), put.requestsPerSecond(), round(ratio, 3),
                propagation.notice().p50(), propagation.notice().p99(), propagation.credit().p50(),
                propagation.credit().p99(), round(maxRss, 1), pipeline.httpP50Ms(), pipeline.httpP99Ms(),
                steps.get(Workload.GET_GATEWAY).requestsPerSecond(), steps.get(Workload.GET_DIRECT).requestsPerSecond(),
                propagation.offered(), startedAt, finishedAt, config.benchSeconds(),
                config.level().toMillis() / 1000.0, config.saturation().definition(), pipeline, baselines,
                propagation, List.copyOf(processes), round(loadGeneratorCpuSecondsPerSample, 5),
                List.copyOf(warnings));
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
