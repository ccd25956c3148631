package org.qsp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryTest {

    private static final Saturation RULE = Saturation.DEFAULT;

    @Test
    void summary_json_leads_with_the_numbers_the_issue_asks_for() {
        JsonNode json = JsonMapper.builder().build().readTree(summary().toJson());

        for (String number : List.of("samplesPerSecond", "baselineRequestsPerSecond", "ratio", "noticeP50Ms",
                "noticeP99Ms", "creditP99Ms", "maxRssMb")) {
            assertThat(json.get(number)).as(number).isNotNull();
            assertThat(json.get(number).isNumber()).as("%s is a number", number).isTrue();
        }
        assertThat(json.get("samplesPerSecond").asDouble()).isEqualTo(40.0);
        assertThat(json.get("baselineRequestsPerSecond").asDouble()).isEqualTo(200.0);
        assertThat(json.get("ratio").asDouble()).isEqualTo(0.4);
        assertThat(json.get("noticeP50Ms").asLong()).isEqualTo(49);
        assertThat(json.get("noticeP99Ms").asLong()).isEqualTo(98);
        assertThat(json.get("creditP99Ms").asLong()).isEqualTo(198);
        assertThat(json.get("maxRssMb").asDouble()).isEqualTo(280.5);
    }

    @Test
    void summary_json_holds_the_level_tables_baselines_processes_and_flags() {
        JsonNode json = JsonMapper.builder().build().readTree(summary().toJson());

        assertThat(json.get("baselines").propertyNames()).containsExactly("putForm", "getGateway", "getDirect");
        assertThat(json.at("/baselines/getDirect/requestsPerSecond").asDouble()).isEqualTo(900.0);
        assertThat(json.at("/pipeline/levels")).hasSize(3);
        assertThat(json.at("/pipeline/levels/2/passed").asBoolean()).isFalse();
        assertThat(json.at("/pipeline/requestsPerSecond").asDouble()).isEqualTo(80.0);
        assertThat(json.at("/processes/1/flagsInEffect").asString()).contains("-XX:+UseG1GC");
        assertThat(json.at("/processes/1/c1Only").asBoolean()).isTrue();
        assertThat(json.get("saturationDefinition").asString()).contains("95 %");
        assertThat(json.at("/propagation/notice/p99").asLong()).isEqualTo(98);
        assertThat(json.at("/propagation").has("noticeLagsMs")).as("raw lags stay out of the JSON").isFalse();
    }

    @Test
    void the_report_is_one_self_contained_page_with_charts() {
        String html = HtmlReport.render(summary());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "40 samples/s", "summary.json");
        assertThat(html.split("<svg", -1)).hasSizeGreaterThanOrEqualTo(1 + 4 * 2 + 3);
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link", "src=");
    }

    /** A run whose pipeline saturates at 40 samples/s and whose PUT baseline at 200 requests/s. */
    static Summary summary() {
        Map<Workload, StepResult> steps = new EnumMap<>(Workload.class);
        steps.put(Workload.PIPELINE, step(Workload.PIPELINE, 30, 40, 50));
        steps.put(Workload.PUT_FORM, step(Workload.PUT_FORM, 150, 200, 250));
        steps.put(Workload.GET_GATEWAY, step(Workload.GET_GATEWAY, 300, 400, 500));
        steps.put(Workload.GET_DIRECT, step(Workload.GET_DIRECT, 700, 900, 1100));
        List<Long> lags = LongStream.rangeClosed(1, 100).boxed().toList(); // notice 0..99 ms, credit 2..200 ms
        Propagation propagation = Propagation.of(20, 25, 500, 500, lags.stream().map(l -> l - 1).toList(),
                lags.stream().map(l -> 2 * l).toList(), "gatling/constant-pipeline/index.html");
        List<ProcessFigures> processes = List.of(
                new ProcessFigures("mongo", 11, 20, 0.01, 280.5, List.of("-Xmx256m"), "-XX:+UseSerialGC", false),
                new ProcessFigures("gateway", 12, 5, 0.0025, 190, List.of("-XX:TieredStopAtLevel=1"),
                        "-XX:+UseG1GC -XX:TieredStopAtLevel=1", true));
        BenchConfig config = BenchConfig.fromEnvironment(Map.of());
        return Summary.of(config, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:04:00Z"), steps,
                propagation, processes, 0.004, List.of("gateway runs C1 only"));
    }

    /** Three levels: the first two sustained (the second at {@code saturated}), the third not. */
    private static StepResult step(Workload workload, double low, double saturated, double high) {
        List<LevelResult> levels = RULE.judge(List.of(
                level(1, low, low, workload), level(2, saturated, saturated, workload),
                level(3, high, 0.8 * high, workload)));
        return StepResult.of(workload, saturated, levels, RULE,
                List.of("gatling/" + workload.key() + "/index.html"));
    }

    private static LevelResult level(int index, double offered, double achieved, Workload workload) {
        int requests = (int) (offered * 4 * workload.requestsPerOperation());
        LatencyStats http = new LatencyStats(requests, 12, 30, 80, 120);
        LatencyStats lag = workload == Workload.PIPELINE ? new LatencyStats(requests, 40, 60, 90, 150) : null;
        return new LevelResult(index, 4, offered, achieved, (int) (offered * 4), requests, 0, Map.of(), http, lag,
                lag, false, "");
    }
}
