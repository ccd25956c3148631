package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final Duration CAP = Duration.ofSeconds(10);

    @Test
    void reads_delta_seconds_and_http_dates_and_ignores_anything_else() {
        assertThat(RetryAfter.parse("3", NOW)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 08:00:07 GMT", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 07:59:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void a_retry_after_is_honoured_never_earlier_and_at_most_a_tenth_later() {
        Duration asked = Duration.ofSeconds(2);

        assertThat(RetryAfter.delay(0, CAP, Optional.of(asked), fixed(0.0))).isEqualTo(asked);
        assertThat(RetryAfter.delay(0, CAP, Optional.of(asked), fixed(0.999))).isBetween(asked, Duration.ofMillis(2200));
        // the retry-after wins over a back-off that has grown larger by now
        assertThat(RetryAfter.delay(9, CAP, Optional.of(asked), fixed(0.0))).isEqualTo(asked);
    }

    @Test
    void a_server_asking_for_longer_than_the_longest_wait_is_answered_after_the_longest_wait() {
        assertThat(RetryAfter.delay(0, CAP, Optional.of(Duration.ofMinutes(10)), fixed(0.0)))
                .isEqualTo(RetryAfter.LONGEST);
    }

    @Test
    void without_retry_after_the_back_off_doubles_from_the_base_up_to_the_cap_with_full_jitter() {
        RandomGenerator top = fixed(0.999_999);

        assertThat(RetryAfter.delay(0, CAP, Optional.empty(), top)).isLessThan(RetryAfter.BASE)
                .isGreaterThan(RetryAfter.BASE.minusMillis(2));
        assertThat(RetryAfter.delay(2, CAP, Optional.empty(), top)).isGreaterThan(Duration.ofMillis(790));
        assertThat(RetryAfter.delay(30, CAP, Optional.empty(), top)).isLessThanOrEqualTo(CAP)
                .isGreaterThan(CAP.minusMillis(2));
        assertThat(RetryAfter.delay(30, CAP, Optional.empty(), fixed(0.0))).isEqualTo(Duration.ZERO);
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
