package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void summary_json_has_the_top_level_numbers_the_fault_table_and_the_overload_status_counts() {
        JsonNode summary = JSON.readTree(Report.json(summary(false)));

        for (String number : List.of("acknowledged", "lost", "duplicated", "poison", "deadLettered", "faults")) {
            assertThat(summary.path(number).isNumber()).as(number).isTrue();
        }
        assertThat(summary.path("acknowledged").asInt()).isEqualTo(2);
        assertThat(summary.path("lost").asInt()).isEqualTo(1);
        assertThat(summary.path("duplicated").asInt()).isZero();
        assertThat(summary.path("poison").asInt()).isEqualTo(2);
        assertThat(summary.path("deadLettered").asInt()).isEqualTo(2);
        assertThat(summary.path("faults").asInt()).isEqualTo(2);
        assertThat(summary.path("passed").asBoolean()).isFalse();
        assertThat(summary.path("failures").get(0).asString()).contains("1 acknowledged sample(s) lost");

        JsonNode kill = summary.path("faultTable").get(0);
        assertThat(kill.path("fault").asString()).isEqualTo("kill -9 kafka");
        assertThat(kill.path("recoverySeconds").asDouble()).isEqualTo(14.2);
        assertThat(kill.path("recovered").asBoolean()).isTrue();
        assertThat(kill.path("injectedAt").asString()).isEqualTo("2026-12-02T08:00:00Z");

        JsonNode overload = summary.path("overload");
        assertThat(overload.path("verdict").asString()).isEqualTo("TIMED_OUT");
        JsonNode status = overload.path("status");
        assertThat(status.path("status2xx").asInt()).isEqualTo(1);
        assertThat(status.path("status429").asInt()).isEqualTo(1);
        assertThat(status.path("status503").asInt()).isZero();
        assertThat(status.path("otherStatus").asInt()).isZero();
        assertThat(status.path("timeouts").asInt()).isEqualTo(1);
        assertThat(summary.path("poisonDetail").path("sentByKind").path("UNKNOWN_TYPE").asInt()).isEqualTo(1);
    }

    @Test
    void the_table_names_every_fault_with_its_recovery_time_and_says_why_a_run_failed() {
        String table = Report.table(summary(true));

        assertThat(table).containsPattern("lost +1");
        assertThat(table).containsPattern("kill -9 kafka +12\\.0 +13\\.1 +14\\.2 +20\\.0 +yes");
        assertThat(table).containsPattern("overload 2x +- +- +- +- +NO: ");
        assertThat(table).contains("FAILED").contains("overload 2x did not recover");
    }

    @Test
    void writes_summary_json_and_report_md_into_the_run_folder(@TempDir Path chaos) throws Exception {
        Path folder = chaos.resolve("20261202-080000");

        Report.write(folder, summary(false));

        assertThat(JSON.readTree(folder.resolve("summary.json").toFile()).path("lost").asInt()).isEqualTo(1);
        assertThat(Files.readString(folder.resolve("report.md"))).contains("| faults injected | acknowledged samples");
    }

    private static ChaosSummary summary(boolean overloadUnrecovered) {
        Accounting accounting = Accounting.of(Set.of("a", "b"), Set.of("a", "b"), new Accounting.Effects(
                Map.of("a", 1), Map.of("a", 1, "b", 1), Map.of("a", Set.of("o-a")), Map.of("a", Set.of("f-a"))));
        PoisonTally poison = PoisonTally.of(
                List.of(new PoisonTally.Sent(Poison.MALFORMED_JSON, "p-1", 0, 4),
                        new PoisonTally.Sent(Poison.UNKNOWN_TYPE, "p-2", 1, 9)),
                List.of(new PoisonTally.DeadLetter("p-1", "credit"), new PoisonTally.DeadLetter("p-1", "rectification")),
                List.of("credit", "rectification"));
        Instant at = Instant.parse("2026-12-02T08:00:00Z");
        FaultResult kill = new FaultResult("kill -9 kafka", 4242L, at, 12.0, 13.1, 14.2, 20.0, true, "s-1", null);
        FaultResult overload = overloadUnrecovered
                ? FaultResult.of("overload 2x", null, at, null, new Probe.Result("s-2", false, null, null, "no answer"),
                        null, null)
                : new FaultResult("overload 2x", null, at, null, 1.0, 2.0, 5.0, true, "s-2", null);
        StatusCounts counts = new StatusCounts();
        counts.add(Answer.status(201, Optional.empty(), null, 20));
        counts.add(Answer.status(429, Optional.of(Duration.ofSeconds(1)), "too-many-requests", 3));
        counts.add(Answer.timeout(10_000));
        StatusCounts.Snapshot status = counts.snapshot();
        List<FaultResult> faults = List.of(kill, overload);
        PoisonRun.Result poisonRun = new PoisonRun.Result(poison, Map.of("credit", 1.0, "rectification", 1.0), List.of());
        List<String> failures = ChaosSummary.failures(accounting, faults, poisonRun, true);
        return new ChaosSummary("20261202-080000", at.toString(), at.plusSeconds(600).toString(), 600.0,
                accounting.acknowledged(), accounting.lost(), accounting.duplicated(), poison.poison(),
                poison.deadLettered(), faults.size(), 10.0, accounting.tasks(), accounting.creditRecords(),
                poison.expectedDeadLetters(), faults.stream().allMatch(FaultResult::recovered), true,
                failures.isEmpty(), failures, faults, new Overload(20, "CHAOS_CAPACITY", 40, 30, status,
                        Overload.judge(status)), poison, poisonRun.unknownTypeSkipped(), accounting, 0, Map.of(), 0,
                Map.of("overload", status), Map.of("rate", 10.0));
    }
}
