package org.qsp.monitor.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.enterprise.Enterprises;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.region.Regions;

/**
 * Counts events into the KPI counters of their region and month as they arrive, and reports the KPIs of a region
 * from those counters (a handful of documents per request, however many events there were).
 */
@Service
public class KpiService {

    private static final BigDecimal ALL_CLOSED = BigDecimal.ONE;
    private static final int MAX_MONTHS = 60;

    private final KpiCounters counters;
    private final Enterprises enterprises;
    private final MonitorProperties properties;
    private final Clock clock;

    public KpiService(KpiCounters counters, Enterprises enterprises, MonitorProperties properties, Clock clock) {
        this.counters = counters;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Adds the event to its region's counters (once, however often it arrives).
     *
     * @return the month it counted in, when it added to a sampling counter now (for the pass-rate rule)
     */
    public Optional<YearMonth> count(ObservedEvent event, String region, boolean acceptedLate) {
        if (region == null) {
            return Optional.empty();
        }
        return Counting.of(event, properties.zone(), acceptedLate)
                .filter(i -> counters.add(region, i.month(), event.eventKey(), i.counters()))
                .filter(i -> i.counters().keySet().stream().anyMatch(k -> k.startsWith("sampling.")))
                .map(Counting.Increments::month);
    }

    /** The pass rates of one region and month by product type (what the pass-rate rule checks). */
    public List<KpiReport.ByType> passRates(String region, YearMonth month) {
        return byType(counters.of(region, month), region);
    }

    public KpiReport report(Caller caller, String region, String from, String to) {
        String own = caller.requireRegion();
        String place = region == null || region.isBlank() ? own : region;
        if (!Regions.isKnown(place)) {
            throw new InvalidField("unknown-region", "region", "not a GB/T 2260 region code: " + place);
        }
        if (!Regions.covers(own, place)) {
            throw new Forbidden("region-not-supervised", "region " + place + " is outside your authority");
        }
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(properties.zone())));
        YearMonth last = to == null ? now : month(to, "to");
        YearMonth first = from == null ? last.minusMonths(properties.kpis().months() - 1L) : month(from, "from");
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw new InvalidField("invalid-period", "from", "from must not be after to, and at most "
                    + MAX_MONTHS + " months before it");
        }
        Map<YearMonth, Map<String, Long>> sums = new HashMap<>();
        for (KpiCounters.MonthCounts counts : counters.under(Regions.prefix(place), first, last)) {
            Map<String, Long> sum = sums.computeIfAbsent(counts.month(), m -> new HashMap<>());
            counts.counts().forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        List<KpiReport.Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(month(m, sums.getOrDefault(m, Map.of()), place, m.isBefore(now)));
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        Map<String, Long> counted = enterprises.classCounts(Regions.prefix(place));
        for (String c : List.of("A", "B", "C", "D")) {
            classes.put(c, counted.getOrDefault(c, 0L));
        }
        return new KpiReport(place, first.toString(), last.toString(), months, classes);
    }

    private KpiReport.Month month(YearMonth month, Map<String, Long> c, String region, boolean over) {
        long failed = c.entrySet().stream().filter(e -> e.getKey().startsWith("sampling.")
                && e.getKey().endsWith(".failed")).mapToLong(Map.Entry::getValue).sum();
        long due = c.getOrDefault("rectification.due", 0L);
        long overdue = c.getOrDefault("rectification.overdue", 0L);
        Long closed = over ? Math.max(0, due - overdue) : null;
        BigDecimal rate = closed == null || due == 0 ? null : ratio(closed, due);
        return new KpiReport.Month(month.toString(), new KpiReport.Sampling(byType(c, region), failed),
                new KpiReport.Rectification(due, closed, rate, ALL_CLOSED, overdue),
                new KpiReport.Complaints(c.getOrDefault("complaints.received", 0L),
                        c.getOrDefault("complaints.acceptedWithin7WorkingDays", 0L),
                        c.getOrDefault("complaints.mediationConcluded", 0L),
                        c.getOrDefault("complaints.mediationSucceeded", 0L)),
                new KpiReport.Recalls(c.getOrDefault("recalls.open", 0L), c.getOrDefault("recalls.completed", 0L),
                        c.getOrDefault("recalls.overdue", 0L)));
    }

    private List<KpiReport.ByType> byType(Map<String, Long> c, String region) {
        TreeSet<String> types = new TreeSet<>(properties.kpis().targets().keySet());
        c.keySet().stream().filter(k -> k.startsWith("sampling.")).map(k -> k.split("\\.")[1]).forEach(types::add);
        List<KpiReport.ByType> byType = new ArrayList<>();
        for (String type : types) {
            long tested = c.getOrDefault("sampling." + type + "." + Counting.TESTED, 0L);
            long passed = c.getOrDefault("sampling." + type + "." + Counting.PASSED, 0L);
            byType.add(new KpiReport.ByType(type, tested, passed, tested == 0 ? null : ratio(passed, tested),
                    properties.kpis().target(region, type).orElse(null)));
        }
        return byType;
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    private static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidField("invalid-month", field, "a month is YYYY-MM, not " + value);
        }
    }
}
