package org.qsp.chaos;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to send a refused or unanswered request again. A {@code Retry-After} (RFC 9110 §10.2.3: delta-seconds or an
 * HTTP date) is honoured; without one, exponential back-off with full jitter (AWS's "full jitter": uniformly between
 * 0 and {@code min(cap, base * 2^attempt)}), so that retrying clients spread out instead of returning together.
 */
final class RetryAfter {

    static final Duration BASE = Duration.ofMillis(200);
    /** A server asking for longer than this is answered after this anyway (the driver keeps its pace). */
    static final Duration LONGEST = Duration.ofSeconds(30);

    private RetryAfter() {
    }

    /** The header's wait, if it has a valid one (negative or past values wait nothing). */
    static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 0); without Retry-After at most {@code cap}. */
    static Duration delay(int attempt, Duration cap, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(LONGEST) > 0 ? LONGEST : retryAfter.get();
            // up to 10 % more, so that clients told the same second do not all come back in the same millisecond
            return asked.plusMillis((long) (asked.toMillis() * 0.1 * random.nextDouble()));
        }
        long ceiling = Math.min(cap.toMillis(), BASE.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis((long) (ceiling * random.nextDouble()));
    }
}
