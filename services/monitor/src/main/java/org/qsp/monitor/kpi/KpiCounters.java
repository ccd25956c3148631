package org.qsp.monitor.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The KPI counters of the regions under a prefix, per month, as events added to them. */
public interface KpiCounters {

    /**
     * Adds {@code increments} (counter path → amount, e.g. {@code sampling.FOOD.tested} → 1) to the counters of the
     * region and month, unless the event was added already.
     *
     * @return whether they were added now
     */
    boolean add(String region, YearMonth month, String eventKey, Map<String, Long> increments);

    /** The counters of one region and month (empty when nothing counted). */
    Map<String, Long> of(String region, YearMonth month);

    /** The counters of every region under {@code regionPrefix} from {@code from} to {@code to}, per month. */
    List<MonthCounts> under(String regionPrefix, YearMonth from, YearMonth to);

    record MonthCounts(String region, YearMonth month, Map<String, Long> counts) {
    }
}
