package org.qsp.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant AT = Instant.parse("2026-03-10T00:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5)), 0, () -> 0.5);
    private static final NoticeMessage NOTICE = new NoticeMessage("RT-S-1:RECTIFICATION_ORDER",
            NoticeKind.RECTIFICATION_ORDER, "RT-S-1", "SAMPLE_FAILED", "S-1", "91330106MA2B3C4D5E", "示例企业",
            "330106", "速冻水饺", AT, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 18), true, AT);

    private final Delivery delivery = Delivery.of(
            Subscription.webhook("91330106MA2B3C4D5E", "https://hooks.example.com/", Set.of(NoticeKind.values()), AT),
            NOTICE, AT);

    @Test
    void an_acceptance_delivers_and_a_late_failure_of_another_attempt_changes_nothing() {
        delivery.record(new Attempt(AT, 200, null, 3), SCHEDULE);
        delivery.record(new Attempt(AT.plusSeconds(1), null, "timed out", 10_000), SCHEDULE);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(AT);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attempts()).hasSize(2);
    }

    @Test
    void failures_follow_the_schedule_and_the_last_one_fails_the_delivery() {
        delivery.record(new Attempt(AT, 500, null, 3), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(AT.plusSeconds(5));
        delivery.record(new Attempt(AT.plusSeconds(5), 302, null, 3), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(AT.plusSeconds(305));
        delivery.record(new Attempt(AT.plusSeconds(305), null, "no answer", 3), SCHEDULE);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void a_redelivery_starts_the_schedule_anew_and_keeps_the_first_acceptance_time() {
        delivery.record(new Attempt(AT, 204, null, 3), SCHEDULE);
        delivery.redeliver(AT.plusSeconds(60));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(AT.plusSeconds(60));
        delivery.record(new Attempt(AT.plusSeconds(60), 500, null, 3), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).isEqualTo(AT.plusSeconds(65));
        delivery.record(new Attempt(AT.plusSeconds(65), 200, null, 3), SCHEDULE);
        assertThat(delivery.deliveredAt()).isEqualTo(AT);
    }

    @Test
    void a_cancelled_delivery_is_not_redelivered() {
        delivery.cancel();
        delivery.redeliver(AT);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.CANCELLED);
    }
}
