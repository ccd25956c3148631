package org.qsp.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The calendar files the service ships, read without Spring. */
final class ShippedCalendar {

    static final List<Integer> YEARS = List.of(2025, 2026);

    private ShippedCalendar() {
    }

    static WorkingDayCalendar load() {
        return new WorkingDayCalendar(YEARS.stream().map(ShippedCalendar::year).toList());
    }

    static HolidayYear year(int year) {
        try (InputStream in = ShippedCalendar.class.getResourceAsStream("/qsp/calendar/cn/" + year + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("no calendar file for " + year);
            }
            return HolidayYears.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
