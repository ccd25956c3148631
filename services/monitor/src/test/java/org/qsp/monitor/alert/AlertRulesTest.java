package org.qsp.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.monitor.MonitorProperties.Rule;
import org.qsp.monitor.MonitorProperties.Severity;
import org.qsp.monitor.event.ObservedEvent;
import org.qsp.monitor.kpi.KpiReport;
import tools.jackson.databind.json.JsonMapper;

/** The alert rules as tables: which rule fires on which event, and which pass rates are below target. */
class AlertRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Rule> RULES = Map.of(
            "task-overdue", rule(true, "org.qsp.rectification.task.overdue.v1", null, null),
            "complaint-cluster", rule(true, "org.qsp.complaint.cluster.detected.v1", null, null),
            "recall-overdue", rule(true, "org.qsp.recall.recall.overdue.v1", null, null),
            "credit-class-d", rule(true, "org.qsp.credit.class.changed.v1", "currentClass", "D"),
            "credit-class-c", rule(false, "org.qsp.credit.class.changed.v1", "currentClass", "C"));

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "org.qsp.rectification.task.overdue.v1 | {\"taskId\": \"RT-1\"}                 | task-overdue",
            "org.qsp.rectification.task.opened.v1  | {\"taskId\": \"RT-1\"}                 | -",
            "org.qsp.complaint.cluster.detected.v1 | {\"clusterId\": \"CL-1\"}              | complaint-cluster",
            "org.qsp.recall.recall.overdue.v1      | {\"recallId\": \"RC-1\"}               | recall-overdue",
            "org.qsp.credit.class.changed.v1       | {\"currentClass\": \"D\"}              | credit-class-d",
            "org.qsp.credit.class.changed.v1       | {\"currentClass\": \"C\"}              | -",
            "org.qsp.credit.class.changed.v1       | {\"previousClass\": \"D\", \"currentClass\": \"B\"} | -",
            "org.qsp.inspection.sample.failed.v1   | {\"sampleId\": \"S-1\"}                | -"})
    void a_rule_fires_on_the_types_it_watches_when_its_field_matches_and_it_is_enabled(String type, String payload,
            String fires) {
        ObservedEvent event = new ObservedEvent("/qsp/x/1", "1", type, Instant.parse("2026-11-25T02:00:00Z"), "x",
                "s", null, JSON.readTree(payload));
        assertThat(AlertRules.firingOn(RULES, event)).isEqualTo(fires == null ? List.of() : List.of(fires));
    }

    @ParameterizedTest(name = "{0}/{1} tested against {2} → below: {3}")
    @CsvSource(nullValues = "-", value = {"190, 200, 0.985, true", "197, 200, 0.985, false", "18, 19, 0.985, false",
            "0, 0, 0.985, false", "10, 20, -, false", "19, 20, 0.94, false", "18, 20, 0.94, true"})
    void a_pass_rate_is_below_target_only_after_the_minimum_count_and_with_a_target(long passed, long tested,
            String target, boolean below) {
        BigDecimal rate = tested == 0 ? null : BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(tested), 4,
                java.math.RoundingMode.HALF_EVEN);
        KpiReport.ByType byType = new KpiReport.ByType("FOOD", tested, passed, rate,
                target == null ? null : new BigDecimal(target));
        assertThat(AlertRules.belowTarget(List.of(byType), 20)).hasSize(below ? 1 : 0);
    }

    private static Rule rule(boolean enabled, String type, String field, String equals) {
        return new Rule(enabled, Severity.WARNING, "title", Arrays.asList(type), field, equals);
    }
}
