package org.qsp.rectification.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.region.Regions;

/**
 * The rectification KPIs of a region and period (issue 11 item 6, ADR 0024): of the tasks whose correction deadline
 * (as extended) falls in [from, to] and whose enterprise is in the region, how many were due, closed on time (the
 * first re-check passed by the re-check day, extensions counted), the completion rate closedOnTime ÷ due (the 100 %
 * target), how many are overdue, and the average calendar days from the order to the closure of the closed ones. The
 * totals are the asked region's; {@code children} the same per region one level down (a province's cities, a city's
 * counties; a county has none), each only where it has tasks. Without {@code from} the period starts on 1 January of
 * the current year, without {@code to} it ends on 31 December of the year of {@code from}.
 */
@Service
public class TaskKpis {

    /** The longest period asked at once: a year, leap or not. */
    public static final int MAX_DAYS = 366;

    private final TaskSearch search;
    private final Deadlines deadlines;
    private final Clock clock;

    public TaskKpis(TaskSearch search, Deadlines deadlines, Clock clock) {
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public record Figures(String region, long due, long closedOnTime, Double completionRate, long overdue,
            long closed, Double averageDaysToClose) {

        static Figures of(String region, long due, long closed, long onTime, long overdue, long days) {
            return new Figures(region, due, onTime, due == 0 ? null : round((double) onTime / due), overdue, closed,
                    closed == 0 ? null : round((double) days / closed));
        }

        private static double round(double value) {
            return Math.round(value * 10_000) / 10_000.0;
        }
    }

    public record Report(String region, LocalDate from, LocalDate to, long due, long closedOnTime,
            Double completionRate, long overdue, long closed, Double averageDaysToClose, List<Figures> children) {
    }

    public Report of(Caller caller, String region, String from, String to) {
        String own = caller.requireRegion();
        String place = region == null || region.isBlank() ? own : region;
        if (!Regions.isKnown(place)) {
            throw new InvalidField("unknown-region", "region", "not a GB/T 2260 region code: " + place);
        }
        if (!Regions.covers(own, place)) {
            throw new Forbidden("region-not-supervised", "region " + place + " is outside your authority");
        }
        // without a period: the current year (in the authority's time zone); with only from: to the end of its year
        LocalDate first = from == null || from.isBlank() ? deadlines.dayOf(clock.instant()).withDayOfYear(1)
                : day(from, "from");
        LocalDate last = to == null || to.isBlank() ? first.with(TemporalAdjusters.lastDayOfYear()) : day(to, "to");
        if (first.isAfter(last)) {
            throw new InvalidField("invalid-period", "from", "from " + first + " is after to " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidField("invalid-period", "to", "a period is at most " + MAX_DAYS + " days");
        }
        String prefix = Regions.prefix(place);
        List<TaskSearch.RegionFigures> rows = search.figures(prefix, first, last);
        Map<String, long[]> children = new TreeMap<>();
        long[] total = new long[5];
        for (TaskSearch.RegionFigures row : rows) {
            long[] values = {row.due(), row.closed(), row.closedOnTime(), row.overdue(), row.daysToClose()};
            add(total, values);
            child(prefix, row.region()).ifPresent(c -> add(children.computeIfAbsent(c, k -> new long[5]), values));
        }
        Figures all = Figures.of(place, total[0], total[1], total[2], total[3], total[4]);
        return new Report(place, first, last, all.due(), all.closedOnTime(), all.completionRate(), all.overdue(),
                all.closed(), all.averageDaysToClose(), children.entrySet().stream()
                        .map(e -> Figures.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                                e.getValue()[3], e.getValue()[4]))
                        .toList());
    }

    /** The region one level below the prefix that {@code region} lies in: "33" → 3301xx → 330100; "3301" → 330106. */
    static java.util.Optional<String> child(String prefix, String region) {
        if (region == null || region.length() != 6 || prefix.length() >= 6) {
            return java.util.Optional.empty();
        }
        int digits = prefix.length() + 2;
        String code = region.substring(0, digits) + "0".repeat(6 - digits);
        return code.equals(region.substring(0, prefix.length()) + "0".repeat(6 - prefix.length()))
                ? java.util.Optional.empty() : java.util.Optional.of(code);
    }

    private static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidField("invalid-date", field, field + " is not a date YYYY-MM-DD: " + value);
        }
    }
}
