package org.qsp.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Deadlines deadlines = new Deadlines(ShippedCalendar.load(), SHANGHAI);

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-02T08:00:00Z | 60 | 2026-05-06 | 1 May is 劳动节: the deadline moves to the next working day",
            "2026-03-02T08:00:00Z | 75 | 2026-05-18 | 16 May is a Saturday: Monday",
            "2026-03-01T16:30:00Z | 60 | 2026-05-06 | 00:30 on 2 March in Shanghai is 2 March",
            "2026-03-10T01:00:00Z | 60 | 2026-05-09 | a make-up working Saturday is a working day",
            "2026-03-10T01:00:00Z | 1  | 2026-03-11 | the day of the order is not counted",
            "2025-03-03T02:00:00Z | 60 | 2025-05-06 | 2 May 2025 is in 劳动节",
            "2025-08-01T02:00:00Z | 60 | 2025-09-30 | an ordinary Tuesday stays",
            "2025-08-02T02:00:00Z | 60 | 2025-10-09 | 1 October starts the eight days of 国庆节 and 中秋节",
            "2025-12-05T02:00:00Z | 30 | 2026-01-04 | across the year end onto a make-up working Sunday"})
    void a_deadline_counts_calendar_days_and_moves_off_non_working_days(Instant orderedAt, int days,
            LocalDate expected, String why) {
        assertThat(deadlines.calendarDaysAfter(orderedAt, days)).isEqualTo(expected);
    }

    @Test
    void the_order_day_is_taken_in_the_configured_time_zone() {
        Instant lateEveningUtc = Instant.parse("2026-03-01T16:30:00Z");
        assertThat(deadlines.dayOf(lateEveningUtc)).isEqualTo(LocalDate.of(2026, 3, 2));
        Deadlines inUtc = new Deadlines(ShippedCalendar.load(), ZoneOffset.UTC);
        assertThat(inUtc.calendarDaysAfter(lateEveningUtc, 60)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-30 | 7 | 2026-10-15 | 国庆节 is skipped and the make-up Saturday 10 October counts",
            "2026-02-13 | 1 | 2026-02-14 | a make-up working Saturday is the next working day",
            "2026-03-06 | 5 | 2026-03-13 | an ordinary week: five working days from a Friday end on the next Friday",
            "2026-12-31 | 2 | 2027-01-04 | a year without its file yet counts Monday to Friday (1 January included until 2027 is added)"})
    void a_deadline_in_working_days_counts_only_working_days(LocalDate start, int days, LocalDate expected,
            String why) {
        assertThat(deadlines.workingDaysAfter(start, days)).isEqualTo(expected);
    }

    @Test
    void a_deadline_is_at_least_one_day_after_its_order() {
        assertThatThrownBy(() -> deadlines.workingDaysAfter(LocalDate.of(2026, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.calendarDaysAfter(LocalDate.of(2026, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
