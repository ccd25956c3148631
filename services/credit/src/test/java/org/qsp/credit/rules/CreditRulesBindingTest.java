package org.qsp.credit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CreditRulesBindingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CreditRules.class)
    static class Rules {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Rules.class)
            .withPropertyValues("qsp.credit.rules.base-score=100",
                    "qsp.credit.rules.points.sample-failed=-15",
                    "qsp.credit.rules.points.sample-failed-safety=-30",
                    "qsp.credit.rules.points.sampling-refused=-20",
                    "qsp.credit.rules.points.rectification-overdue=-20",
                    "qsp.credit.rules.points.report-substantiated=-25",
                    "qsp.credit.rules.points.complaint-settled=-2",
                    "qsp.credit.rules.points.complaint-unresolved=-5",
                    "qsp.credit.rules.points.recall-ordered=-25",
                    "qsp.credit.rules.points.recall-overdue=-10",
                    "qsp.credit.rules.points.recall-voluntary-completed=0",
                    "qsp.credit.rules.points.penalty-warning=-5", "qsp.credit.rules.points.penalty-criticism=-10",
                    "qsp.credit.rules.points.penalty-fine=-15", "qsp.credit.rules.points.penalty-confiscation=-20",
                    "qsp.credit.rules.points.penalty-suspension=-30",
                    "qsp.credit.rules.points.penalty-licence-revocation=-40",
                    "qsp.credit.rules.points.serious-dishonesty-listed=-30",
                    "qsp.credit.rules.points.abnormal-operation-listed=-10",
                    "qsp.credit.rules.points.credit-repaired=0", "qsp.credit.rules.points.recheck-failed=-30",
                    "qsp.credit.rules.classes.a=90", "qsp.credit.rules.classes.b=75",
                    "qsp.credit.rules.classes.c=60");

    @Test
    void the_rule_table_binds_from_configuration() {
        context.run(started -> assertThat(started.getBean(CreditRules.class)).isEqualTo(CreditRulesTest.DEFAULTS));
    }

    @Test
    void the_bounds_bind_from_configuration_and_default_to_0_and_100() {
        context.withPropertyValues("qsp.credit.rules.min-score=10", "qsp.credit.rules.max-score=120")
                .run(started -> assertThat(started.getBean(CreditRules.class)).satisfies(rules -> {
                    assertThat(rules.minScore()).isEqualTo(10);
                    assertThat(rules.maxScore()).isEqualTo(120);
                }));
        context.run(started -> assertThat(started.getBean(CreditRules.class)).satisfies(rules -> {
            assertThat(rules.minScore()).isZero();
            assertThat(rules.maxScore()).isEqualTo(100);
        }));
    }

    @Test
    void the_service_does_not_start_with_thresholds_that_do_not_fall() {
        context.withPropertyValues("qsp.credit.rules.classes.c=80").run(started -> assertThat(started)
                .hasFailed().getFailure().rootCause().hasMessageContaining("C (80) is not below B (75)"));
    }

    @Test
    void the_service_does_not_start_when_a_record_type_has_no_points() {
        new ApplicationContextRunner().withUserConfiguration(Rules.class)
                .withPropertyValues("qsp.credit.rules.base-score=100", "qsp.credit.rules.points.sample-failed=-15",
                        "qsp.credit.rules.classes.a=90", "qsp.credit.rules.classes.b=75",
                        "qsp.credit.rules.classes.c=60")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("SAMPLE_FAILED_SAFETY, SAMPLING_REFUSED, RECTIFICATION_OVERDUE"));
    }
}
