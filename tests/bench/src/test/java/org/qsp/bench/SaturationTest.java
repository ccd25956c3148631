package org.qsp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SaturationTest {

    private final Saturation rule = Saturation.DEFAULT;

    /** A level of a 5-second window; the same p99 for HTTP and, when {@code pipeline}, for notice and credit. */
    private static LevelResult level(int index, double offered, double achieved, int requests, int failed,
            long httpP99, Long propagationP99) {
        LatencyStats http = new LatencyStats(requests, 20, 40, httpP99, httpP99);
        LatencyStats lag = propagationP99 == null ? null : new LatencyStats(requests, 30, 50, propagationP99,
                propagationP99);
        return new LevelResult(index, 5.0, offered, achieved, requests, requests, failed,
                failed == 0 ? Map.of() : Map.of("503", failed), http, lag, lag, false, "");
    }

    @Test
    void a_level_that_keeps_up_without_errors_and_with_a_bounded_p99_is_sustained() {
        LevelResult judged = rule.judge(level(1, 100, 99, 500, 0, 300, null));

        assertThat(judged.passed()).isTrue();
        assertThat(judged.verdict()).isEqualTo("sustained");
    }

    @Test
    void each_criterion_alone_fails_a_level_and_says_why() {
        assertThat(rule.judge(level(1, 100, 90, 500, 0, 300, null)))
                .satisfies(l -> assertThat(l.passed()).isFalse())
                .satisfies(l -> assertThat(l.verdict()).isEqualTo("achieved 90 % of offered"));
        assertThat(rule.judge(level(1, 100, 100, 500, 5, 300, null)).verdict()).isEqualTo("1.0 % errors {503=5}");
        assertThat(rule.judge(level(1, 100, 100, 500, 4, 300, null)).passed()).isTrue();
        assertThat(rule.judge(level(1, 100, 100, 500, 0, 1001, null)).verdict())
                .isEqualTo("HTTP p99 1001 ms > 1000 ms");
        assertThat(rule.judge(level(1, 100, 100, 500, 0, 300, 1500L)).verdict())
                .isEqualTo("notice p99 1500 ms > 1000 ms; credit p99 1500 ms > 1000 ms");
    }

    @Test
    void one_operation_short_in_a_small_window_is_chance_two_are_not() {
        // 4/s for 5 s is 20 operations offered; 95 % is 19
        assertThat(rule.judge(level(1, 4, 18.0 / 5, 18, 0, 100, null)).passed()).isTrue();
        assertThat(rule.judge(level(1, 4, 17.0 / 5, 17, 0, 100, null)).passed()).isFalse();
    }

    @Test
    void saturation_is_the_highest_passing_level_even_past_a_failing_one() {
        List<LevelResult> judged = rule.judge(List.of(
                level(1, 10, 10, 50, 0, 100, null),
                level(2, 20, 17, 85, 0, 100, null),
                level(3, 30, 30, 150, 0, 200, null),
                level(4, 40, 31, 155, 0, 2000, null),
                level(5, 50, 30, 150, 10, 4000, null)));

        assertThat(rule.saturation(judged)).get().extracting(LevelResult::offered).isEqualTo(30.0);
        assertThat(rule.reached(judged)).isTrue();
    }

    @Test
    void a_workload_that_passes_every_level_has_not_reached_its_limit() {
        List<LevelResult> judged = rule.judge(List.of(level(1, 10, 10, 50, 0, 100, null),
                level(2, 20, 20, 100, 0, 100, null)));

        assertThat(rule.saturation(judged)).get().extracting(LevelResult::level).isEqualTo(2);
        assertThat(rule.reached(judged)).isFalse();
        assertThat(rule.saturation(rule.judge(List.of(level(1, 10, 2, 10, 0, 100, null))))).isEmpty();
    }

    @Test
    void stepping_stops_after_two_failing_levels_in_a_row_only() {
        LevelResult pass = rule.judge(level(1, 10, 10, 50, 0, 100, null));
        LevelResult fail = rule.judge(level(2, 20, 5, 25, 0, 100, null));

        assertThat(rule.stop(List.of(pass, fail))).isFalse();
        assertThat(rule.stop(List.of(pass, fail, pass, fail))).isFalse();
        assertThat(rule.stop(List.of(pass, fail, fail))).isTrue();
        assertThat(rule.stop(List.of(fail))).isFalse();
    }

    @Test
    void the_definition_states_the_thresholds_in_force() {
        assertThat(new Saturation(0.9, 0.005, 500, 3).definition())
                .contains("≥ 90 % of offered", "< 0.5 % of requests failed", "p99 ≤ 500 ms", "3 failing levels");
    }
}
