package org.qsp.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayYearTest {

    private static HolidayYear yaml(String text) {
        return HolidayYears.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_holiday_block_lists_every_day_from_first_to_last() {
        HolidayYear year = yaml("""
                year: 2026
                source: test notice
                daysOff:
                  - {name: 劳动节, from: 2026-05-01, to: 2026-05-05}
                makeUpWorkingDays: [2026-05-09]
                """);
        assertThat(year.daysOff()).containsExactlyInAnyOrder(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5));
        assertThat(year.makeUpWorkingDays()).containsExactly(LocalDate.of(2026, 5, 9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a make-up working day on a weekday | '[{name: x, from: 2026-05-01, to: 2026-05-01}]' | '[2026-05-06]' | Saturday or Sunday",
            "a day of another year | '[{name: x, from: 2025-12-31, to: 2025-12-31}]' | '[]' | schedule of 2026",
            "a day both off and worked | '[{name: x, from: 2026-05-09, to: 2026-05-09}]' | '[2026-05-09]' | both",
            "a block that ends before it starts | '[{name: x, from: 2026-05-05, to: 2026-05-01}]' | '[]' | from <= to"})
    void a_schedule_that_cannot_be_right_is_refused(String what, String daysOff, String makeUp, String message) {
        String text = "year: 2026\nsource: test\ndaysOff: " + daysOff + "\nmakeUpWorkingDays: " + makeUp + "\n";
        assertThatThrownBy(() -> yaml(text)).hasMessageContaining(message);
    }

    @Test
    void a_misspelt_key_or_a_missing_list_is_refused() {
        assertThatThrownBy(() -> yaml("year: 2026\nsource: t\ndaysOf: []\nmakeUpWorkingDays: []\n"))
                .hasMessageContaining("daysOf");
        assertThatThrownBy(() -> yaml("year: 2026\nsource: t\ndaysOff: []\n"))
                .hasMessageContaining("makeUpWorkingDays");
    }

    @Test
    void the_same_year_given_twice_is_refused() {
        HolidayYear year = new HolidayYear(2026, "t", Set.of(), Set.of());
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(year, year))).hasMessageContaining("twice");
    }
}
