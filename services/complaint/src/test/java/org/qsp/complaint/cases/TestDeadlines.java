package org.qsp.complaint.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.qsp.complaint.ComplaintProperties;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.calendar.HolidayYear;
import org.qsp.platform.calendar.HolidayYears;
import org.qsp.platform.calendar.WorkingDayCalendar;

/** The service's deadlines on the shipped calendar of 2025 and 2026, in Shanghai time, with the default rules. */
final class TestDeadlines {

    static final ComplaintProperties RULES = new ComplaintProperties(7, 45, 7, 15, 15, 15, 90, 30, 5,
            Duration.ofMinutes(1), 30, 10, new ComplaintProperties.Cluster(5, Duration.ofDays(30)));

    private TestDeadlines() {
    }

    static CaseDeadlines shipped() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(year(2025), year(2026)));
        return new CaseDeadlines(new Deadlines(calendar, ZoneId.of("Asia/Shanghai")), RULES);
    }

    private static HolidayYear year(int year) {
        try (InputStream in = TestDeadlines.class.getResourceAsStream("/qsp/calendar/cn/" + year + ".yaml")) {
            return HolidayYears.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
