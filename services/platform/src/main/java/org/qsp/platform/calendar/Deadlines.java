package org.qsp.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deadlines counted in calendar days (日) from an order, by the rules of DOMAIN.md §8: the day of
 * the order is not counted, so "within 60 days" of an order made on 2 March 2026 ends on 1 May 2026;
 * a deadline that falls on a non-working day moves to the next working day (here 6 May 2026,
 * after the Labour Day holiday). Instants become days in the supervising authority's time zone.
 */
public final class Deadlines {

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public Deadlines(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The local date of an instant in the authority's time zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalDate calendarDaysAfter(LocalDate orderDay, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a deadline is at least one day after its order, not " + days);
        }
        return calendar.workingDayOnOrAfter(orderDay.plusDays(days));
    }

    public LocalDate calendarDaysAfter(Instant orderedAt, int days) {
        return calendarDaysAfter(dayOf(orderedAt), days);
    }

    /**
     * Deadlines counted in working days (工作日): the day {@code days} working days after
     * {@code start}, which is not counted itself. "Within 7 working days" of a Friday before a
     * holiday week ends 7 working days after the holiday, not a week later.
     */
    public LocalDate workingDaysAfter(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a deadline is at least one working day after its start, not " + days);
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public LocalDate workingDaysAfter(Instant start, int days) {
        return workingDaysAfter(dayOf(start), days);
    }
}
