package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The windows to contest a FAIL on the shipped calendar of 2025 and 2026 (Shanghai time): the day of the result
 * notice is not counted; 15 calendar days for an objection, whose last day moves off a holiday or weekend to the
 * next working day; 7 working days for a re-test, make-up working days (调休) counted.
 */
class ContestWindowsTest {

    private final ContestWindows windows = SampleFixtures.WINDOWS;

    @ParameterizedTest(name = "notified {0}: object until {1} ({2})")
    @CsvSource({
            "2026-03-02T08:00:00Z, 2026-03-17, an ordinary Tuesday",
            "2026-03-01T17:00:00Z, 2026-03-17, 01:00 on 2 March in Shanghai is still 2 March",
            "2026-03-06T08:00:00Z, 2026-03-23, the 15th day is a Saturday: the Monday after",
            "2026-04-16T08:00:00Z, 2026-05-06, the 15th day is Labour Day: the day after the holiday (1-5 May)",
            "2026-09-16T08:00:00Z, 2026-10-08, the 15th day is National Day: the day after the holiday (1-7 Oct)",
            "2026-02-01T08:00:00Z, 2026-02-24, the 15th day falls in the Spring Festival (15-23 Feb)",
            "2026-09-05T08:00:00Z, 2026-09-20, the 15th day is a Sunday that is a make-up working day",
            "2025-12-20T08:00:00Z, 2026-01-04, the 15th day is the Sunday after New Year, a make-up working day"})
    void an_objection_runs_15_calendar_days_and_never_ends_on_a_day_off(Instant notice, LocalDate lastDay,
            String why) {
        assertThat(windows.lastDay(ProductClass.MANUFACTURED, notice)).as(why).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "notified {0}: apply for a re-test until {1} ({2})")
    @CsvSource({
            "2026-03-02T08:00:00Z, 2026-03-11, seven weekdays",
            "2026-04-30T08:00:00Z, 2026-05-13, Labour Day (1-5 May) not counted, Saturday 9 May counted",
            "2026-09-30T08:00:00Z, 2026-10-15, National Day (1-7 Oct) not counted, Saturday 10 Oct counted",
            "2026-02-13T08:00:00Z, 2026-03-02, the Spring Festival not counted, Saturdays 14 and 28 Feb counted",
            "2025-12-26T08:00:00Z, 2026-01-07, across the year: New Year off, Sunday 4 Jan counted"})
    void a_food_retest_is_applied_for_within_7_working_days(Instant notice, LocalDate lastDay, String why) {
        assertThat(windows.lastDay(ProductClass.FOOD, notice)).as(why).isEqualTo(lastDay);
        assertThat(windows.lastDay(ProductClass.AGRICULTURAL, notice)).as(why).isEqualTo(lastDay);
    }
}
