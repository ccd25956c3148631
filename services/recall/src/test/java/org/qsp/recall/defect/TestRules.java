package org.qsp.recall.defect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.calendar.HolidayYear;
import org.qsp.platform.calendar.HolidayYears;
import org.qsp.platform.calendar.WorkingDayCalendar;
import org.qsp.recall.RecallProperties;

/** The service's rules as application.yml sets them, on the shipped calendar of 2025 and 2026, in Shanghai time. */
public final class TestRules {

    public static final RecallProperties DEFAULTS = new RecallProperties(15, 10, 15,
            new RecallProperties.Food(new RecallProperties.Level(Duration.ofHours(24), 10, 2),
                    new RecallProperties.Level(Duration.ofHours(48), 20, 5),
                    new RecallProperties.Level(Duration.ofHours(72), 30, 10)),
            Map.of(RiskLevel.SERIOUS, 5, RiskLevel.HIGH, 5, RiskLevel.MEDIUM, 10, RiskLevel.LOW, 20),
            Duration.ofMinutes(1), new RecallProperties.Feed(Duration.ofSeconds(2)));

    private TestRules() {
    }

    public static RecallDeadlines deadlines() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(year(2025), year(2026)));
        return new RecallDeadlines(new Deadlines(calendar, ZoneId.of("Asia/Shanghai")), DEFAULTS);
    }

    private static HolidayYear year(int year) {
        try (InputStream in = TestRules.class.getResourceAsStream("/qsp/calendar/cn/" + year + ".yaml")) {
            return HolidayYears.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
