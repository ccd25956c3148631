package org.qsp.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = ShippedCalendar.load();

    @ParameterizedTest(name = "{0} ({1}) working day: {2}")
    @CsvSource({
            "2025-01-01, 元旦 Wednesday, false",
            "2025-01-02, ordinary Thursday, true",
            "2025-01-26, Sunday made a working day before 春节, true",
            "2025-01-28, 除夕 Tuesday, false",
            "2025-02-04, last day of 春节, false",
            "2025-02-05, first Wednesday after 春节, true",
            "2025-02-08, Saturday made a working day after 春节, true",
            "2025-02-09, ordinary Sunday, false",
            "2025-04-04, 清明节 Friday, false",
            "2025-04-27, Sunday made a working day before 劳动节, true",
            "2025-05-05, last day of 劳动节 (Monday), false",
            "2025-05-06, Tuesday after 劳动节, true",
            "2025-06-02, 端午节 Monday, false",
            "2025-09-28, Sunday made a working day before 国庆节, true",
            "2025-10-08, last day of 国庆节 and 中秋节, false",
            "2025-10-11, Saturday made a working day after 国庆节, true",
            "2026-01-02, 元旦 Friday, false",
            "2026-01-04, Sunday made a working day after 元旦, true",
            "2026-02-14, Saturday made a working day before 春节, true",
            "2026-02-23, last day of 春节 (Monday), false",
            "2026-02-28, Saturday made a working day after 春节, true",
            "2026-03-07, ordinary Saturday, false",
            "2026-03-09, ordinary Monday, true",
            "2026-04-06, 清明节 Monday, false",
            "2026-05-01, 劳动节 Friday, false",
            "2026-05-09, Saturday made a working day after 劳动节, true",
            "2026-06-19, 端午节 Friday, false",
            "2026-09-20, Sunday made a working day before 国庆节, true",
            "2026-09-25, 中秋节 Friday, false",
            "2026-10-07, last day of 国庆节 (Wednesday), false",
            "2026-10-10, Saturday made a working day after 国庆节, true"})
    void the_shipped_calendar_knows_holidays_and_make_up_working_days(LocalDate day, String what, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-05-01, 2026-05-06",
            "2026-05-16, 2026-05-18",
            "2026-02-15, 2026-02-24",
            "2026-02-14, 2026-02-14",
            "2025-10-01, 2025-10-09",
            "2025-12-31, 2025-12-31",
            "2026-12-31, 2026-12-31"})
    void a_non_working_day_moves_to_the_next_working_day(LocalDate day, LocalDate expected) {
        assertThat(calendar.workingDayOnOrAfter(day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({"2024-12-31, true", "2027-01-02, false", "2027-01-04, true"})
    void a_year_without_data_counts_monday_to_friday(LocalDate day, boolean working) {
        assertThat(calendar.covers(day.getYear())).isFalse();
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void the_shipped_files_cover_2025_and_2026_with_every_official_day_off() {
        assertThat(calendar.years()).containsExactlyInAnyOrder(2025, 2026);
        assertThat(ShippedCalendar.year(2025).daysOff()).hasSize(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(ShippedCalendar.year(2025).makeUpWorkingDays()).hasSize(5);
        assertThat(ShippedCalendar.year(2026).daysOff()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(ShippedCalendar.year(2026).makeUpWorkingDays()).hasSize(6);
    }
}
