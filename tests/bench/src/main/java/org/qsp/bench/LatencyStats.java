package org.qsp.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Figures of a set of durations in milliseconds (HTTP latencies, propagation lags). Percentiles are nearest-rank:
 * the p-th percentile of n sorted values is the value at rank ⌈p/100 · n⌉, so it is always a measured value and
 * p99 of fewer than 100 values is their maximum.
 */
public record LatencyStats(int count, long p50, long p90, long p99, long max) {

    public static final LatencyStats NONE = new LatencyStats(0, 0, 0, 0, 0);

    public static LatencyStats of(Collection<Long> millis) {
        return of(millis.stream().mapToLong(Long::longValue).toArray());
    }

    public static LatencyStats of(long[] millis) {
        if (millis.length == 0) {
            return NONE;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile {@code p} (0 < p ≤ 100) of ascending, non-empty {@code sorted}. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0 || !(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " of " + sorted.length + " values");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
