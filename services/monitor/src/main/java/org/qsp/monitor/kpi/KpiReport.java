package org.qsp.monitor.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The KPIs of a region for a span of months, against the targets, and the credit class distribution now. */
public record KpiReport(String region, String from, String to, List<Month> months, Map<String, Long> creditClasses) {

    public record Month(String month, Sampling sampling, Rectification rectification, Complaints complaints,
            Recalls recalls) {
    }

    public record Sampling(List<ByType> byType, long failed) {
    }

    /** {@code passRate} and {@code target} are null when nothing was tested or no target is configured. */
    public record ByType(String productType, long tested, long passed, BigDecimal passRate, BigDecimal target) {
    }

    /**
     * Tasks whose correction deadline falls in the month; a task counts as closed on time unless it went overdue,
     * once the month is over ({@code closedOnTime} and {@code completionRate} are null before).
     */
    public record Rectification(long due, Long closedOnTime, BigDecimal completionRate, BigDecimal target,
            long overdue) {
    }

    public record Complaints(long received, long acceptedWithin7WorkingDays, long mediationConcluded,
            long mediationSucceeded) {
    }

    public record Recalls(long open, long completed, long overdue) {
    }
}
