package org.qsp.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentiles_are_nearest_rank_values_of_the_measurements() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();

        LatencyStats stats = LatencyStats.of(oneToHundred);

        assertThat(stats).isEqualTo(new LatencyStats(100, 50, 90, 99, 100));
    }

    @Test
    void measurements_need_not_be_sorted() {
        LatencyStats stats = LatencyStats.of(List.of(30L, 10L, 20L, 50L, 40L));

        assertThat(stats.p50()).isEqualTo(30);
        assertThat(stats.max()).isEqualTo(50);
    }

    @Test
    void p99_of_fewer_than_a_hundred_values_is_their_maximum() {
        long[] values = {5, 7, 9, 200, 11, 13, 6, 8, 10, 12};

        assertThat(LatencyStats.of(values).p99()).isEqualTo(200);
        assertThat(LatencyStats.of(values).p50()).isEqualTo(9);
    }

    @Test
    void p99_of_a_thousand_values_ignores_the_ten_slowest() {
        long[] values = LongStream.range(0, 1000).map(i -> i < 990 ? 10 : 5000).toArray();

        assertThat(LatencyStats.of(values).p99()).isEqualTo(10);
        assertThat(LatencyStats.percentile(LongStream.range(0, 1000).map(i -> i < 990 ? 10 : 5000).toArray(), 99.1))
                .isEqualTo(5000);
    }

    @Test
    void no_measurement_gives_zeros_and_an_impossible_percentile_is_refused() {
        assertThat(LatencyStats.of(new long[0])).isEqualTo(LatencyStats.NONE);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1, 2}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1, 2}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
