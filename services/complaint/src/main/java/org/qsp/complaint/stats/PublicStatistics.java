package org.qsp.complaint.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.qsp.complaint.cases.CaseDeadlines;
import org.qsp.platform.region.Regions;

/**
 * 投诉信息公示: per business, complaints received, accepted and settled in mediation, by quarter, with the resolution
 * rate (settled ÷ accepted); and the businesses with the most complaints in a region. No personal data, no reports.
 */
@Service
public class PublicStatistics {

    private static final Set<String> ACCEPTED = Set.of("ACCEPTED", "MEDIATING", "MEDIATION_ENDED");

    private final StatsSearch search;
    private final CaseDeadlines deadlines;

    public PublicStatistics(StatsSearch search, CaseDeadlines deadlines) {
        this.search = search;
        this.deadlines = deadlines;
    }

    public record Counts(long complaints, long accepted, long settled, BigDecimal resolutionRate) {

        static Counts of(List<StatsSearch.ComplaintFacts> facts) {
            long accepted = facts.stream().filter(f -> ACCEPTED.contains(f.status())).count();
            long settled = facts.stream().filter(f -> "SETTLED".equals(f.outcome())).count();
            BigDecimal rate = accepted == 0 ? null
                    : BigDecimal.valueOf(settled).divide(BigDecimal.valueOf(accepted), 3, RoundingMode.HALF_UP);
            return new Counts(facts.size(), accepted, settled, rate);
        }
    }

    public record Quarter(String quarter, Counts counts) {
    }

    public record BusinessStats(String uscc, String name, Counts total, List<Quarter> quarters) {
    }

    public BusinessStats of(String uscc) {
        List<StatsSearch.ComplaintFacts> facts = search.complaintsAgainst(uscc);
        Map<String, List<StatsSearch.ComplaintFacts>> byQuarter = new TreeMap<>();
        for (StatsSearch.ComplaintFacts f : facts) {
            byQuarter.computeIfAbsent(quarter(deadlines.today(f.receivedAt())), q -> new java.util.ArrayList<>())
                    .add(f);
        }
        String name = facts.isEmpty() ? null : facts.getLast().respondentName();
        return new BusinessStats(uscc, name, Counts.of(facts), byQuarter.entrySet().stream()
                .map(e -> new Quarter(e.getKey(), Counts.of(e.getValue()))).toList());
    }

    public List<StatsSearch.BusinessCount> topBusinesses(String region, int limit) {
        return search.topBusinesses(Regions.prefix(region), limit);
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
