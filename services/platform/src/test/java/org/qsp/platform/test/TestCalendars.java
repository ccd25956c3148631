package org.qsp.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.calendar.HolidayYear;
import org.qsp.platform.calendar.HolidayYears;
import org.qsp.platform.calendar.WorkingDayCalendar;

/** The working-day calendar the platform ships (2025 and 2026), read without Spring, for unit tests of deadlines. */
public final class TestCalendars {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestCalendars() {
    }

    public static WorkingDayCalendar shipped() {
        return new WorkingDayCalendar(List.of(year(2025), year(2026)));
    }

    /** Deadlines on the shipped calendar in Shanghai time (the platform's default zone). */
    public static Deadlines deadlines() {
        return new Deadlines(shipped(), SHANGHAI);
    }

    private static HolidayYear year(int year) {
        try (InputStream in = TestCalendars.class.getResourceAsStream("/qsp/calendar/cn/" + year + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("no calendar file for " + year);
            }
            return HolidayYears.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
