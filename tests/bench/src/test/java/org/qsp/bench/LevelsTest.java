package org.qsp.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qsp.harness.SampleTrail;

class LevelsTest {

    private static final long T0 = 1_000_000;
    /** Level 1 of an open load started at T0, measured from T0 + 1 s to T0 + 5 s. */
    private static final LevelWindow WINDOW = new LevelWindow(1, 10, T0 + 1000, T0 + 5000);

    @Test
    void open_load_windows_skip_the_settling_time_of_each_level() {
        Load.Open load = new Load.Open(List.of(10.0, 20.0), Duration.ofSeconds(5));

        assertThat(load.windows(T0, Duration.ofSeconds(1))).containsExactly(WINDOW,
                new LevelWindow(2, 20, T0 + 6000, T0 + 10000));
        assertThat(load.duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void over_http_throughput_counts_completions_in_the_window_and_latency_follows_arrivals() {
        Observations observations = new Observations();
        // arrived before the window, answered inside it: counts for throughput, not for the level's latency
        operation(observations, "early", T0 + 500, T0 + 1500, 1000, true);
        operation(observations, "a", T0 + 2000, T0 + 2010, 10, true);
        operation(observations, "b", T0 + 3000, T0 + 3030, 30, true);
        operation(observations, "failed", T0 + 3500, T0 + 3600, 100, false);
        // arrived inside, answered after the window: its latency counts, its completion does not
        operation(observations, "late", T0 + 4900, T0 + 5400, 500, true);

        LevelResult level = Levels.overHttp(WINDOW, observations);

        assertThat(level.achieved()).isEqualTo(3 / 4.0);
        assertThat(level.operations()).isEqualTo(4);
        assertThat(level.requests()).isEqualTo(4);
        assertThat(level.failedRequests()).isEqualTo(1);
        assertThat(level.failures()).containsExactly(entry("503", 1));
        assertThat(level.http().max()).isEqualTo(500);
        assertThat(level.notice()).isNull();
    }

    @Test
    void over_the_pipeline_a_sample_is_achieved_when_its_notice_and_credit_record_are_both_written() {
        Observations observations = new Observations();
        operation(observations, "s1", T0 + 1500, T0 + 1600, 50, true);
        operation(observations, "s2", T0 + 2500, T0 + 2600, 50, true);
        operation(observations, "s3", T0 + 3500, T0 + 3600, 50, true);
        Map<String, SampleTrail> trails = Map.of(
                "s1", trail("s1", T0 + 1600, T0 + 1640, T0 + 1700),
                "s2", trail("s2", T0 + 2600, T0 + 2620, null),
                "s3", trail("s3", T0 + 3600, T0 + 5100, T0 + 3650));

        LevelResult level = Levels.overPipeline(WINDOW, observations, trails);

        assertThat(level.achieved()).isEqualTo(1 / 4.0);
        assertThat(level.notice()).isEqualTo(LatencyStats.of(List.of(40L, 20L, 1500L)));
        assertThat(level.credit()).isEqualTo(LatencyStats.of(List.of(100L, 50L)));
    }

    @Test
    void the_probe_measures_the_second_half_of_its_run() {
        List<Observations.Operation> operations = List.of(
                new Observations.Operation(null, null, 0, 1000, true),
                new Observations.Operation(null, null, 1000, 6000, true),
                new Observations.Operation(null, null, 6000, 8000, true),
                new Observations.Operation(null, null, 8000, 10000, true),
                new Observations.Operation(null, null, 8000, 9000, false));

        assertThat(Levels.probeThroughput(operations)).isEqualTo(3 / 5.0);
    }

    @Test
    void levels_are_placed_around_the_estimate_at_two_significant_digits() {
        assertThat(Levels.ratesAround(47.3, List.of(0.5, 1.0, 1.5))).containsExactly(24.0, 47.0, 71.0);
        assertThat(Levels.ratesAround(1234, List.of(1.0))).containsExactly(1200.0);
        assertThat(Levels.ratesAround(0.4, List.of(0.5, 1.0))).containsExactly(1.0);
    }

    private static void operation(Observations observations, String sample, long start, long end, long latency,
            boolean ok) {
        observations.request(start, latency, ok ? 200 : 503, ok);
        observations.operation(sample, "uscc-" + sample, start, end, ok);
    }

    private static SampleTrail trail(String sample, long result, long notice, Long credit) {
        return new SampleTrail(sample, "uscc-" + sample, Instant.ofEpochMilli(result), Instant.ofEpochMilli(notice),
                credit == null ? List.of() : List.of(Instant.ofEpochMilli(credit)));
    }
}
