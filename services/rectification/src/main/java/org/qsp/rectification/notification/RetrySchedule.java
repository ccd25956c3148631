package org.qsp.rectification.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a failed attempt: the n-th retry waits {@code delays[n-1]}, stretched or shortened by up
 * to {@code jitter} (a fraction) so that many deliveries that failed together do not return together. After the
 * last delay's attempt fails there is no next attempt.
 */
public record RetrySchedule(List<Duration> delays, double jitter, DoubleSupplier random) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1)");
        }
    }

    /** How many attempts a delivery gets in all: the first one and one per delay. */
    public int attempts() {
        return delays.size() + 1;
    }

    /** When the attempt after {@code failedAttempts} failed ones is due, or null when none is left. */
    public Instant next(int failedAttempts, Instant now) {
        if (failedAttempts >= attempts()) {
            return null;
        }
        Duration delay = delays.get(failedAttempts - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return now.plusMillis(Math.round(delay.toMillis() * factor));
    }
}
