package org.qsp.monitor.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.enterprise.Enterprise;
import org.qsp.monitor.enterprise.Enterprises;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.Forbidden;
import tools.jackson.databind.json.JsonMapper;

/** The KPI arithmetic on counters, as tables: pass rates against targets, rectification, the period. */
class KpiArithmeticTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Caller HANGZHOU = new Caller("regulator-hz", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("330100"));
    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneId.of("UTC"));

    private final Counters counters = new Counters();
    private final MonitorProperties properties = new MonitorProperties(ZoneId.of("Asia/Shanghai"), Map.of(),
            new MonitorProperties.Stream(16, 4, java.time.Duration.ofSeconds(15), java.time.Duration.ofMinutes(30)),
            new MonitorProperties.Kpis(Map.of("FOOD", new BigDecimal("0.985"), "MANUFACTURED", new BigDecimal("0.94")),
                    Map.of("330100", Map.of("FOOD", new BigDecimal("0.99"))), 12),
            new MonitorProperties.Alerts(Map.of(), 20, 1000, java.time.Duration.ofSeconds(30)), Map.of(),
            new MonitorProperties.Scrape(null, java.time.Duration.ofSeconds(2)));
    private final KpiService kpis = new KpiService(counters, new NoEnterprises(), properties, DECEMBER);

    @ParameterizedTest(name = "{0} passed, {1} failed: pass rate {2}")
    @CsvSource({"197, 3, 0.9850", "99, 1, 0.9900", "0, 5, 0.0000", "2, 1, 0.6667"})
    void the_pass_rate_is_passed_over_tested_to_four_places(int passed, int failed, String rate) {
        for (int i = 0; i < passed; i++) {
            kpis.count(sample("passed", "p" + i, "FOOD", "2026-11-10T02:00:00Z"), "330106", false);
        }
        for (int i = 0; i < failed; i++) {
            kpis.count(sample("failed", "f" + i, "FOOD", "2026-11-10T02:00:00Z"), "330106", false);
        }
        KpiReport.ByType food = food(kpis.report(HANGZHOU, null, "2026-11", "2026-11").months().getFirst());
        assertThat(food.tested()).isEqualTo(passed + failed);
        assertThat(food.passed()).isEqualTo(passed);
        assertThat(food.passRate()).isEqualByComparingTo(rate);
    }

    @Test
    void a_region_s_own_target_wins_over_the_default_and_an_unclassified_sample_has_none() {
        kpis.count(sample("failed", "f1", null, "2026-11-10T02:00:00Z"), "330106", false);
        KpiReport.Month month = kpis.report(HANGZHOU, null, "2026-11", "2026-11").months().getFirst();
        assertThat(food(month).target()).isEqualByComparingTo("0.99");
        assertThat(food(month).passRate()).isNull();
        assertThat(month.sampling().byType()).filteredOn(t -> t.productType().equals("UNCLASSIFIED")).singleElement()
                .satisfies(t -> assertThat(t.target()).isNull());
        assertThat(month.sampling().failed()).isEqualTo(1);
    }

    @Test
    void a_sample_counts_under_its_product_class_and_a_risk_monitoring_sample_counts_towards_no_pass_rate() {
        kpis.count(classified("passed", "p1", "MANUFACTURED", "SUPERVISORY"), "330106", false);
        kpis.count(classified("failed", "f1", "MANUFACTURED", "EVALUATION"), "330106", false);
        kpis.count(classified("failed", "f2", "MANUFACTURED", "RISK_MONITORING"), "330106", false);
        KpiReport.Month month = kpis.report(HANGZHOU, null, "2026-11", "2026-11").months().getFirst();
        assertThat(month.sampling().byType()).filteredOn(t -> t.productType().equals("MANUFACTURED"))
                .singleElement().satisfies(t -> {
                    assertThat(t.tested()).isEqualTo(2);
                    assertThat(t.passed()).isEqualTo(1);
                    assertThat(t.target()).isEqualByComparingTo("0.94");
                });
        assertThat(month.sampling().failed()).isEqualTo(1);
    }

    @Test
    void the_same_event_twice_counts_once_and_a_verdict_counts_in_the_month_it_was_concluded_in_shanghai() {
        ObservedEvent lateNight = sample("failed", "f1", "FOOD", "2026-10-31T17:30:00Z");
        kpis.count(lateNight, "330106", false);
        kpis.count(lateNight, "330106", false);
        KpiReport report = kpis.report(HANGZHOU, null, "2026-10", "2026-11");
        assertThat(report.months()).extracting(KpiReport.Month::month).containsExactly("2026-10", "2026-11");
        assertThat(report.months().get(0).sampling().failed()).isZero();
        assertThat(report.months().get(1).sampling().failed()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1} due, {2} overdue → closed on time {3}, rate {4}")
    @CsvSource(nullValues = "null", value = {"2026-11, 4, 1, 3, 0.7500", "2026-11, 0, 0, 0, null",
            "2026-12, 4, 1, null, null"})
    void rectification_counts_a_task_closed_on_time_unless_it_went_overdue_once_its_month_is_over(String month,
            int due, int overdue, Long closed, String rate) {
        for (int i = 0; i < due; i++) {
            kpis.count(task("opened", "t" + i, month + "-20"), "330106", false);
        }
        for (int i = 0; i < overdue; i++) {
            kpis.count(task("overdue", "t" + i, month + "-20"), "330106", false);
        }
        KpiReport.Rectification r = kpis.report(HANGZHOU, null, month, month).months().getFirst().rectification();
        assertThat(r.due()).isEqualTo(due);
        assertThat(r.overdue()).isEqualTo(overdue);
        assertThat(r.closedOnTime()).isEqualTo(closed);
        assertThat(r.completionRate()).isEqualTo(rate == null ? null : new BigDecimal(rate));
        assertThat(r.target()).isEqualByComparingTo("1");
    }

    @Test
    void the_default_period_is_the_last_twelve_months_and_another_region_is_refused() {
        KpiReport report = kpis.report(HANGZHOU, null, null, null);
        assertThat(report.from()).isEqualTo("2026-01");
        assertThat(report.to()).isEqualTo("2026-12");
        assertThat(report.region()).isEqualTo("330100");
        assertThat(report.creditClasses()).containsOnlyKeys("A", "B", "C", "D");
        assertThatThrownBy(() -> kpis.report(HANGZHOU, "440300", null, null)).isInstanceOf(Forbidden.class);
    }

    private static KpiReport.ByType food(KpiReport.Month month) {
        return month.sampling().byType().stream().filter(t -> t.productType().equals("FOOD")).findFirst()
                .orElseThrow();
    }

    private static ObservedEvent sample(String verdict, String id, String productType, String concludedAt) {
        String type = productType == null ? "" : ", \"productType\": \"" + productType + "\"";
        return new ObservedEvent("/qsp/inspection/" + verdict + id, id, "org.qsp.inspection.sample." + verdict + ".v1",
                Instant.parse(concludedAt), "inspection", id, null,
                JSON.readTree("{\"sampleId\": \"" + id + "\", \"concludedAt\": \"" + concludedAt + "\"" + type + "}"));
    }

    private static ObservedEvent classified(String verdict, String id, String productClass, String samplingType) {
        String at = "2026-11-10T02:00:00Z";
        return new ObservedEvent("/qsp/inspection/" + verdict + id, id, "org.qsp.inspection.sample." + verdict + ".v1",
                Instant.parse(at), "inspection", id, null, JSON.readTree("{\"sampleId\": \"" + id
                        + "\", \"concludedAt\": \"" + at + "\", \"productClass\": \"" + productClass
                        + "\", \"samplingType\": \"" + samplingType + "\"}"));
    }

    private static ObservedEvent task(String what, String id, String deadline) {
        return new ObservedEvent("/qsp/rectification/" + what + id, what + id,
                "org.qsp.rectification.task." + what + ".v1", Instant.parse("2026-10-01T00:00:00Z"), "rectification",
                id, null, JSON.readTree("{\"taskId\": \"" + id + "\", \"correctionDeadline\": \"" + deadline + "\"}"));
    }

    /** The counters as the store keeps them, in memory: an event's key is added once per region and month. */
    private static final class Counters implements KpiCounters {

        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final Set<String> added = new HashSet<>();

        @Override
        public boolean add(String region, YearMonth month, String eventKey, Map<String, Long> increments) {
            String id = region + ":" + month;
            if (!added.add(id + "/" + eventKey)) {
                return false;
            }
            Map<String, Long> doc = counts.computeIfAbsent(id, k -> new HashMap<>());
            increments.forEach((k, v) -> doc.merge(k, v, Long::sum));
            return true;
        }

        @Override
        public Map<String, Long> of(String region, YearMonth month) {
            return counts.getOrDefault(region + ":" + month, Map.of());
        }

        @Override
        public List<MonthCounts> under(String regionPrefix, YearMonth from, YearMonth to) {
            List<MonthCounts> found = new ArrayList<>();
            counts.forEach((id, c) -> {
                String[] parts = id.split(":");
                YearMonth month = YearMonth.parse(parts[1]);
                if (parts[0].startsWith(regionPrefix) && !month.isBefore(from) && !month.isAfter(to)) {
                    found.add(new MonthCounts(parts[0], month, c));
                }
            });
            return found;
        }
    }

    private static final class NoEnterprises implements Enterprises {

        @Override
        public Optional<Enterprise> find(String uscc) {
            return Optional.empty();
        }

        @Override
        public void remember(String uscc, String name, String region) {
        }

        @Override
        public void classChanged(String uscc, String creditClass, int score, Instant at) {
        }

        @Override
        public Map<String, Long> classCounts(String regionPrefix) {
            return Map.of();
        }
    }
}
