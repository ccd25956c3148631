package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapacityTest {

    @TempDir
    Path run;

    @Test
    void takes_samples_per_second_from_the_newest_bench_summary() throws IOException {
        summary(run, "20261201-100000", "{\"samplesPerSecond\": 21.5}", "2026-12-01T10:05:00Z");
        summary(run, "20261202-090000", "{\"samplesPerSecond\": 27.0, \"ratio\": 0.3}", "2026-12-02T09:05:00Z");

        assertThat(Capacity.fromBench(List.of(run))).hasValueSatisfying(capacity -> {
            assertThat(capacity.samplesPerSecond()).isEqualTo(27.0);
            assertThat(capacity.source()).endsWith("20261202-090000/summary.json");
        });
    }

    @Test
    void skips_newer_summaries_without_a_positive_figure_and_looks_in_every_run_folder(@TempDir Path other)
            throws IOException {
        summary(run, "a", "{\"samplesPerSecond\": 0}", "2026-12-03T00:00:00Z");
        summary(run, "b", "not json", "2026-12-04T00:00:00Z");
        summary(other, "c", "{\"samplesPerSecond\": 18}", "2026-12-01T00:00:00Z");

        assertThat(Capacity.fromBench(List.of(run, other))).map(Capacity::samplesPerSecond).contains(18.0);
    }

    @Test
    void without_a_bench_there_is_no_figure() {
        assertThat(Capacity.fromBench(List.of(run, run.resolve("missing")))).isEmpty();
    }

    private static void summary(Path runFolder, String name, String json, String modified) throws IOException {
        Path file = Files.createDirectories(runFolder.resolve("bench").resolve(name)).resolve("summary.json");
        Files.writeString(file, json);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }
}
