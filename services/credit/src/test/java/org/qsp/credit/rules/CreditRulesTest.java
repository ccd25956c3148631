package org.qsp.credit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditRulesTest {

    static final CreditRules DEFAULTS = new CreditRules(100,
            RuleTables.with(Map.of(RecordType.SAMPLE_FAILED, -15, RecordType.SAMPLE_FAILED_SAFETY, -30,
                    RecordType.SAMPLING_REFUSED, -20,
                    RecordType.RECTIFICATION_OVERDUE, -20, RecordType.REPORT_SUBSTANTIATED, -25,
                    RecordType.COMPLAINT_SETTLED, -2, RecordType.COMPLAINT_UNRESOLVED, -5,
                    RecordType.RECALL_ORDERED, -25, RecordType.RECALL_OVERDUE, -10,
                    RecordType.RECALL_VOLUNTARY_COMPLETED, 0)),
            Map.of(RiskClass.A, 90, RiskClass.B, 75, RiskClass.C, 60));

    @ParameterizedTest(name = "[{0}] scores {1}, class {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                      | 100 | A
            SAMPLE_FAILED                                           |  85 | B
            SAMPLE_FAILED SAMPLE_FAILED                             |  70 | C
            SAMPLE_FAILED_SAFETY                                    |  70 | C
            RECTIFICATION_OVERDUE                                   |  80 | B
            SAMPLE_FAILED RECTIFICATION_OVERDUE                     |  65 | C
            SAMPLE_FAILED_SAFETY RECTIFICATION_OVERDUE              |  50 | D
            SAMPLE_FAILED_SAFETY SAMPLE_FAILED_SAFETY SAMPLE_FAILED |  25 | D
            """)
    void the_score_is_the_base_score_plus_the_points_of_every_record(String types, int score, RiskClass riskClass) {
        Assessment assessment = DEFAULTS.assess(counted(types));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.riskClass()).isEqualTo(riskClass);
    }

    @ParameterizedTest(name = "[{0}] scores {1}, class {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SERIOUS_DISHONESTY_LISTED                               |  70 | D
            SERIOUS_DISHONESTY_LISTED CREDIT_REPAIRED               |  70 | D
            ABNORMAL_OPERATION_LISTED                               |  90 | A
            PENALTY_WARNING                                         |  95 | A
            PENALTY_FINE PENALTY_CRITICISM                          |  75 | B
            PENALTY_LICENCE_REVOCATION                              |  60 | C
            CREDIT_REPAIRED                                         | 100 | A
            """)
    void a_serious_dishonesty_listing_forces_class_D_whatever_the_score_and_says_so(String types, int score,
            RiskClass riskClass) {
        Assessment assessment = DEFAULTS.assess(counted(types));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.riskClass()).isEqualTo(riskClass);
        assertThat(assessment.explanation()).extracting(Contribution::type)
                .containsExactlyInAnyOrderElementsOf(counted(types).keySet());
    }

    @ParameterizedTest(name = "{0} is class {1}")
    @CsvSource({"200, A", "90, A", "89, B", "75, B", "74, C", "60, C", "59, D", "0, D", "-40, D"})
    void a_class_starts_at_its_lowest_score_and_D_takes_everything_below_C(int score, RiskClass riskClass) {
        assertThat(DEFAULTS.classify(score)).isEqualTo(riskClass);
    }

    @Test
    void an_enterprise_without_records_stands_at_the_base_score_in_class_A() {
        assertThat(DEFAULTS.starting()).isEqualTo(new Assessment(100, RiskClass.A, List.of()));
    }

    @Test
    void the_explanation_gives_each_record_type_its_records_and_points_also_a_type_worth_nothing() {
        var rules = new CreditRules(100, RuleTables.with(Map.of(RecordType.SAMPLE_FAILED, -15,
                RecordType.SAMPLE_FAILED_SAFETY, -30,
                RecordType.SAMPLING_REFUSED, -20, RecordType.RECTIFICATION_OVERDUE, 0, RecordType.REPORT_SUBSTANTIATED, -25,
                RecordType.COMPLAINT_SETTLED, -2, RecordType.COMPLAINT_UNRESOLVED, -5,
                RecordType.RECALL_ORDERED, -25, RecordType.RECALL_OVERDUE, -10,
                RecordType.RECALL_VOLUNTARY_COMPLETED, 0)), DEFAULTS.classes());

        Assessment assessment = rules.assess(Map.of(RecordType.RECTIFICATION_OVERDUE, 2,
                RecordType.SAMPLE_FAILED_SAFETY, 1, RecordType.SAMPLE_FAILED, 3));

        assertThat(assessment.explanation()).containsExactly(
                new Contribution(RecordType.SAMPLE_FAILED, 3, -15),
                new Contribution(RecordType.SAMPLE_FAILED_SAFETY, 1, -30),
                new Contribution(RecordType.RECTIFICATION_OVERDUE, 2, 0));
        assertThat(assessment.explanation()).extracting(Contribution::points).containsExactly(-45, -30, 0);
        assertThat(assessment.score()).isEqualTo(25);
    }

    @Test
    void ten_thousand_records_explain_themselves_in_one_line_and_the_score_stays_at_the_floor() {
        Assessment assessment = DEFAULTS.assess(Map.of(RecordType.SAMPLE_FAILED, 10_000));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.unboundedScore()).isEqualTo(100 - 150_000);
        assertThat(assessment.bound()).contains(Assessment.Bound.FLOOR);
        assertThat(assessment.riskClass()).isEqualTo(RiskClass.D);
        assertThat(assessment.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 10_000, -15));
    }

    @ParameterizedTest(name = "{0} → score {1}, sum {2}, bound {3}")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            SAMPLE_FAILED×6                                        | 10 | 10   | none
            SAMPLE_FAILED_SAFETY×2 RECTIFICATION_OVERDUE×2         | 0  | 0    | none
            SAMPLE_FAILED_SAFETY×2 RECTIFICATION_OVERDUE×2 SAMPLE_FAILED×1 | 0 | -15 | FLOOR
            SAMPLE_FAILED×7                                        | 0  | -5   | FLOOR
            SAMPLE_FAILED×1000000                                  | 0  | -14999900 | FLOOR
            """)
    void a_score_is_held_at_the_floor_and_every_record_stays_in_the_explanation(String counts, int score,
            int unbounded, Assessment.Bound bound) {
        Map<RecordType, Integer> counted = times(counts);

        Assessment assessment = DEFAULTS.assess(counted);

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.unboundedScore()).isEqualTo(unbounded);
        assertThat(assessment.bound()).isEqualTo(java.util.Optional.ofNullable(bound));
        assertThat(assessment.explanation()).extracting(Contribution::type, Contribution::records)
                .containsExactlyInAnyOrderElementsOf(counted.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue())).toList());
        assertThat(100 + assessment.explanation().stream().mapToInt(Contribution::points).sum())
                .as("the explanation adds up to the unbounded score").isEqualTo(unbounded);
    }

    @ParameterizedTest(name = "{0} records worth +5 from 95 → {1}, sum {2}, bound {3}")
    @CsvSource(nullValues = "none", value = {"0, 95, 95, none", "1, 100, 100, none", "2, 100, 105, CEILING"})
    void a_score_is_held_at_the_ceiling(int records, int score, int unbounded, Assessment.Bound bound) {
        var points = new java.util.EnumMap<RecordType, Integer>(DEFAULTS.points());
        points.put(RecordType.SAMPLE_FAILED, 5);
        var rules = new CreditRules(95, points, DEFAULTS.classes());

        Assessment assessment = rules.assess(records == 0 ? Map.of() : Map.of(RecordType.SAMPLE_FAILED, records));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.unboundedScore()).isEqualTo(unbounded);
        assertThat(assessment.bound()).isEqualTo(java.util.Optional.ofNullable(bound));
        assertThat(assessment.riskClass()).isEqualTo(RiskClass.A);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a floor at the ceiling         | 100 | 100 | 100 | A=90 B=75 C=60 | must be below max-score
            a base score below the floor   | -1  | 0   | 100 | A=90 B=75 C=60 | base-score (-1) must lie within [0, 100]
            a base score above the ceiling | 101 | 0   | 100 | A=90 B=75 C=60 | base-score (101) must lie within [0, 100]
            a class above the ceiling      | 100 | 0   | 100 | A=101 B=75 C=60 | A (101) must lie above min-score
            a class at the floor           | 100 | 0   | 100 | A=90 B=75 C=0 | C (0) must lie above min-score
            """)
    void bounds_that_cannot_hold_a_score_are_refused(String what, int base, int min, int max, String classes,
            String complaint) {
        assertThatThrownBy(() -> new CreditRules(base, min, max, DEFAULTS.points(), parse(classes, RiskClass.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(complaint);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a record type without points     | SAMPLE_FAILED=-15 SAMPLING_REFUSED=-20 RECTIFICATION_OVERDUE=-20 REPORT_SUBSTANTIATED=-25 COMPLAINT_SETTLED=-2 COMPLAINT_UNRESOLVED=-5 RECALL_ORDERED=-25 RECALL_OVERDUE=-10 RECALL_VOLUNTARY_COMPLETED=0 PENALTY_WARNING=-5 PENALTY_CRITICISM=-10 PENALTY_FINE=-15 PENALTY_CONFISCATION=-20 PENALTY_SUSPENSION=-30 PENALTY_LICENCE_REVOCATION=-40 SERIOUS_DISHONESTY_LISTED=-30 ABNORMAL_OPERATION_LISTED=-10 CREDIT_REPAIRED=0 RECHECK_FAILED=-30 | A=90 B=75 C=60      | SAMPLE_FAILED_SAFETY
            a class without its lowest score | SAMPLE_FAILED=-15 SAMPLE_FAILED_SAFETY=-30 SAMPLING_REFUSED=-20 RECTIFICATION_OVERDUE=-20 REPORT_SUBSTANTIATED=-25 COMPLAINT_SETTLED=-2 COMPLAINT_UNRESOLVED=-5 RECALL_ORDERED=-25 RECALL_OVERDUE=-10 RECALL_VOLUNTARY_COMPLETED=0 PENALTY_WARNING=-5 PENALTY_CRITICISM=-10 PENALTY_FINE=-15 PENALTY_CONFISCATION=-20 PENALTY_SUSPENSION=-30 PENALTY_LICENCE_REVOCATION=-40 SERIOUS_DISHONESTY_LISTED=-30 ABNORMAL_OPERATION_LISTED=-10 CREDIT_REPAIRED=0 RECHECK_FAILED=-30 | A=90 C=60 | class B
            thresholds that rise             | SAMPLE_FAILED=-15 SAMPLE_FAILED_SAFETY=-30 SAMPLING_REFUSED=-20 RECTIFICATION_OVERDUE=-20 REPORT_SUBSTANTIATED=-25 COMPLAINT_SETTLED=-2 COMPLAINT_UNRESOLVED=-5 RECALL_ORDERED=-25 RECALL_OVERDUE=-10 RECALL_VOLUNTARY_COMPLETED=0 PENALTY_WARNING=-5 PENALTY_CRITICISM=-10 PENALTY_FINE=-15 PENALTY_CONFISCATION=-20 PENALTY_SUSPENSION=-30 PENALTY_LICENCE_REVOCATION=-40 SERIOUS_DISHONESTY_LISTED=-30 ABNORMAL_OPERATION_LISTED=-10 CREDIT_REPAIRED=0 RECHECK_FAILED=-30 | A=90 B=95 C=60 | B (95) is not below A (90)
            two classes with one threshold   | SAMPLE_FAILED=-15 SAMPLE_FAILED_SAFETY=-30 SAMPLING_REFUSED=-20 RECTIFICATION_OVERDUE=-20 REPORT_SUBSTANTIATED=-25 COMPLAINT_SETTLED=-2 COMPLAINT_UNRESOLVED=-5 RECALL_ORDERED=-25 RECALL_OVERDUE=-10 RECALL_VOLUNTARY_COMPLETED=0 PENALTY_WARNING=-5 PENALTY_CRITICISM=-10 PENALTY_FINE=-15 PENALTY_CONFISCATION=-20 PENALTY_SUSPENSION=-30 PENALTY_LICENCE_REVOCATION=-40 SERIOUS_DISHONESTY_LISTED=-30 ABNORMAL_OPERATION_LISTED=-10 CREDIT_REPAIRED=0 RECHECK_FAILED=-30 | A=90 B=75 C=75 | C (75) is not below B (75)
            a threshold for the lowest class | SAMPLE_FAILED=-15 SAMPLE_FAILED_SAFETY=-30 SAMPLING_REFUSED=-20 RECTIFICATION_OVERDUE=-20 REPORT_SUBSTANTIATED=-25 COMPLAINT_SETTLED=-2 COMPLAINT_UNRESOLVED=-5 RECALL_ORDERED=-25 RECALL_OVERDUE=-10 RECALL_VOLUNTARY_COMPLETED=0 PENALTY_WARNING=-5 PENALTY_CRITICISM=-10 PENALTY_FINE=-15 PENALTY_CONFISCATION=-20 PENALTY_SUSPENSION=-30 PENALTY_LICENCE_REVOCATION=-40 SERIOUS_DISHONESTY_LISTED=-30 ABNORMAL_OPERATION_LISTED=-10 CREDIT_REPAIRED=0 RECHECK_FAILED=-30 | A=90 B=75 C=60 D=10 | D is the lowest class
            """)
    void a_rule_table_that_cannot_score_every_enterprise_is_refused(String what, String points, String classes,
            String complaint) {
        assertThatThrownBy(() -> new CreditRules(100, parse(points, RecordType.class), parse(classes, RiskClass.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(complaint);
    }

    @Test
    void a_rule_table_without_points_or_classes_is_refused() {
        assertThatThrownBy(() -> new CreditRules(100, null, DEFAULTS.classes()))
                .hasMessageContaining("points for every record type");
        assertThatThrownBy(() -> new CreditRules(100, DEFAULTS.points(), null))
                .hasMessageContaining("lowest score of class A");
    }

    private static Map<RecordType, Integer> counted(String types) {
        if (types == null || types.isBlank()) {
            return Map.of();
        }
        return Arrays.stream(types.trim().split("\\s+")).map(RecordType::valueOf)
                .collect(java.util.stream.Collectors.toMap(t -> t, t -> 1, Integer::sum));
    }

    /** "SAMPLE_FAILED×6 RECTIFICATION_OVERDUE×2" as counts per type. */
    private static Map<RecordType, Integer> times(String counts) {
        return Arrays.stream(counts.trim().split("\\s+")).map(c -> c.split("×"))
                .collect(java.util.stream.Collectors.toMap(c -> RecordType.valueOf(c[0]), c -> Integer.valueOf(c[1])));
    }

    private static <E extends Enum<E>> Map<E, Integer> parse(String pairs, Class<E> type) {
        return Arrays.stream(pairs.trim().split("\\s+")).map(p -> p.split("="))
                .collect(java.util.stream.Collectors.toMap(p -> Enum.valueOf(type, p[0]), p -> Integer.valueOf(p[1])));
    }
}
