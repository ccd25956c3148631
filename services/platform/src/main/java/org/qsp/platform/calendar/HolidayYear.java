package org.qsp.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the official holiday schedule (放假调休) as the State Council publishes it.
 *
 * @param year              the calendar year every date belongs to
 * @param source            the notice the dates were taken from
 * @param daysOff           official days off, weekend days inside a holiday block included
 * @param makeUpWorkingDays Saturdays and Sundays that are working days (调休上班)
 */
public record HolidayYear(int year, String source, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

    public HolidayYear {
        daysOff = Set.copyOf(daysOff);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("holiday year " + year + " names no source notice");
        }
        for (LocalDate day : daysOff) {
            requireInYear(year, day);
        }
        for (LocalDate day : makeUpWorkingDays) {
            requireInYear(year, day);
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("make-up working day " + day + " is a " + day.getDayOfWeek()
                        + "; only a Saturday or Sunday can become a working day");
            }
            if (daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " is listed both as a day off and as a make-up working day");
            }
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate day) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " is listed in the holiday schedule of " + year);
        }
    }
}
