package org.qsp.platform.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which days are working days (工作日): Monday to Friday, except the official days off, plus the
 * weekend days that the yearly State Council notice turns into make-up working days (调休).
 *
 * <p>A year without data falls back to "Monday to Friday" and logs a warning once: deadlines in it
 * may then land on an official holiday. Add the year's file as soon as its notice is published.
 */
public final class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Map<Integer, HolidayYear> years = new TreeMap<>();
    private final Set<Integer> warnedAbout = ConcurrentHashMap.newKeySet();

    public WorkingDayCalendar(Collection<HolidayYear> holidayYears) {
        for (HolidayYear year : holidayYears) {
            if (years.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("the holiday schedule of " + year.year() + " is given twice");
            }
        }
    }

    public Set<Integer> years() {
        return Set.copyOf(years.keySet());
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayYear year = years.get(day.getYear());
        if (year == null) {
            if (warnedAbout.add(day.getYear())) {
                log.warn("no holiday schedule for {}: counting Monday to Friday as working days", day.getYear());
            }
            return !HolidayYear.isWeekend(day);
        }
        if (year.makeUpWorkingDays().contains(day)) {
            return true;
        }
        return !HolidayYear.isWeekend(day) && !year.daysOff().contains(day);
    }

    /** The day itself when it is a working day, otherwise the next working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
