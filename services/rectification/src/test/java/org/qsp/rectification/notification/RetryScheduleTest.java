package org.qsp.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-10T00:00:00Z");
    private static final List<Duration> DEFAULT = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));

    @Test
    void without_jitter_the_nth_retry_waits_the_nth_delay_and_after_the_last_there_is_none() {
        RetrySchedule schedule = new RetrySchedule(DEFAULT, 0, () -> 0.9);
        assertThat(schedule.attempts()).isEqualTo(7);
        for (int failed = 1; failed <= 6; failed++) {
            assertThat(schedule.next(failed, NOW)).isEqualTo(NOW.plus(DEFAULT.get(failed - 1)));
        }
        assertThat(schedule.next(7, NOW)).isNull();
    }

    @Test
    void jitter_stretches_or_shortens_a_wait_by_at_most_its_fraction() {
        assertThat(new RetrySchedule(DEFAULT, 0.1, () -> 0.0).next(2, NOW)).isEqualTo(NOW.plusSeconds(270));
        assertThat(new RetrySchedule(DEFAULT, 0.1, () -> 1.0).next(2, NOW)).isEqualTo(NOW.plusSeconds(330));
        assertThat(new RetrySchedule(DEFAULT, 0.1, () -> 0.5).next(2, NOW)).isEqualTo(NOW.plusSeconds(300));
    }
}
