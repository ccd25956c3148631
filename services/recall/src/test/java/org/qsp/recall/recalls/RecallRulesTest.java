package org.qsp.recall.recalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.contracts.recall.RecallPlanAccepted;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.DomainException;
import org.qsp.recall.defect.Callers;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.defect.RecallDeadlines;
import org.qsp.recall.defect.TestRules;

/** What the producer and the regulator may do to a recall in each of its states, as a table. */
class RecallRulesTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Caller PRODUCER = Callers.enterprise(Plans.USCC);
    static final Caller REGULATOR = Callers.regulator("330100");
    static final RecallDeadlines RULES = TestRules.deadlines();

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "PLAN_REQUIRED     | plan      | PLAN_SUBMITTED",
            "PLAN_REQUIRED     | accept    | illegal-transition",
            "PLAN_REQUIRED     | report    | illegal-transition",
            "PLAN_REQUIRED     | terminate | TERMINATED",
            "PLAN_SUBMITTED    | plan      | illegal-transition",
            "PLAN_SUBMITTED    | accept    | ONGOING",
            "PLAN_SUBMITTED    | changes   | CHANGES_REQUESTED",
            "PLAN_SUBMITTED    | summary   | illegal-transition",
            "PLAN_SUBMITTED    | complete  | illegal-transition",
            "PLAN_SUBMITTED    | terminate | TERMINATED",
            "CHANGES_REQUESTED | plan      | PLAN_SUBMITTED",
            "CHANGES_REQUESTED | accept    | illegal-transition",
            "CHANGES_REQUESTED | changes   | illegal-transition",
            "CHANGES_REQUESTED | terminate | TERMINATED",
            "ONGOING           | plan      | illegal-transition",
            "ONGOING           | accept    | ONGOING",
            "ONGOING           | report    | ONGOING",
            "ONGOING           | summary   | SUMMARY_SUBMITTED",
            "ONGOING           | complete  | illegal-transition",
            "ONGOING           | terminate | TERMINATED",
            "SUMMARY_SUBMITTED | report    | illegal-transition",
            "SUMMARY_SUBMITTED | summary   | SUMMARY_SUBMITTED",
            "SUMMARY_SUBMITTED | complete  | COMPLETED",
            "SUMMARY_SUBMITTED | terminate | TERMINATED",
            "COMPLETED         | report    | illegal-transition",
            "COMPLETED         | complete  | COMPLETED",
            "COMPLETED         | terminate | illegal-transition",
            "TERMINATED        | plan      | illegal-transition",
            "TERMINATED        | accept    | illegal-transition",
            "TERMINATED        | complete  | illegal-transition",
            "TERMINATED        | terminate | TERMINATED"})
    void each_state_allows_exactly_the_actions_of_the_table(RecallStatus state, String action, String outcome) {
        Recall recall = in(state);
        Runnable act = switch (action) {
            case "plan" -> () -> recall.submitPlan(PRODUCER, Plans.withPublicity(Plans.food(TODAY), "改版公告"), AT);
            case "accept" -> () -> recall.review(REGULATOR, Review.Decision.ACCEPT, null, AT, RULES);
            case "changes" -> () -> recall.review(REGULATOR, Review.Decision.REQUEST_CHANGES, "再补充销售渠道", AT,
                    RULES);
            case "report" -> () -> recall.reportProgress(PRODUCER, 1, new Units(100, 0, 0, 50), null, AT, RULES);
            case "summary" -> () -> recall.submitSummary(PRODUCER, summary(), AT);
            case "complete" -> () -> recall.close(REGULATOR, Closure.Outcome.COMPLETED, null, AT);
            case "terminate" -> () -> recall.close(REGULATOR, Closure.Outcome.TERMINATED, "产品经复检不存在缺陷", AT);
            default -> throw new IllegalArgumentException(action);
        };
        if (outcome.equals(outcome.toUpperCase())) {
            act.run();
            assertThat(recall.status()).isEqualTo(RecallStatus.valueOf(outcome));
        } else {
            assertThatThrownBy(act::run).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(outcome);
            assertThat(recall.status()).isEqualTo(state);
        }
    }

    @Test
    void an_ordered_food_recall_must_start_within_its_level_and_misses_each_deadline_once() {
        Recall recall = in(RecallStatus.PLAN_REQUIRED);
        RecallInitiated initiated = (RecallInitiated) recall.raisedEvents().getFirst();
        assertThat(initiated.kind()).isEqualTo("ORDERED");
        assertThat(initiated.planDueAt()).isEqualTo(AT.plus(Duration.ofHours(24)));

        recall.markOverdue(AT.plus(Duration.ofHours(23)));
        recall.markOverdue(AT.plus(Duration.ofHours(24)));
        recall.markOverdue(AT.plus(Duration.ofHours(30)));

        assertThat(recall.raisedEvents()).filteredOn(RecallOverdue.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RecallOverdue) e).deadline()).isEqualTo("START"));
        assertThat(recall.overdue()).isTrue();
        recall.submitPlan(PRODUCER, Plans.food(TODAY), AT.plus(Duration.ofHours(30)));
        assertThat(recall.overdue()).as("met late: no longer overdue").isFalse();
        assertThat(recall.nextDueAt()).isNull();
    }

    @Test
    void the_acceptance_sets_the_completion_summary_and_report_deadlines_and_a_report_moves_the_next_one() {
        Recall recall = in(RecallStatus.ONGOING);
        RecallPlanAccepted accepted = (RecallPlanAccepted) recall.raisedEvents().stream()
                .filter(RecallPlanAccepted.class::isInstance).findFirst().orElseThrow();
        assertThat(accepted.completionDue()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(accepted.summaryDue()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(accepted.nextReportDue()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(recall.nextDueAt()).isEqualTo(RULES.missedFrom(LocalDate.of(2026, 3, 4)));

        recall.reportProgress(PRODUCER, 1, new Units(300, 0, 0, 100), "首批", Instant.parse("2026-03-03T02:00:00Z"),
                RULES);
        assertThat(recall.nextDueAt()).isEqualTo(RULES.missedFrom(LocalDate.of(2026, 3, 5)));
        assertThat(recall.publication().units().completionRate()).isEqualByComparingTo("0.400");
    }

    @Test
    void units_may_not_exceed_the_units_affected_nor_fall_below_the_last_report_and_a_number_is_filed_once() {
        Recall recall = in(RecallStatus.ONGOING);
        assertThatThrownBy(() -> recall.reportProgress(PRODUCER, 1, new Units(1_001, 0, 0, 0), null, AT, RULES))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("units-exceed-affected");
        assertThatThrownBy(() -> recall.reportProgress(PRODUCER, 1, new Units(600, 0, 0, 401), null, AT, RULES))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("units-exceed-affected");
        recall.reportProgress(PRODUCER, 1, new Units(600, 0, 0, 100), null, AT, RULES);
        assertThatThrownBy(() -> recall.reportProgress(PRODUCER, 2, new Units(500, 0, 0, 100), null, AT, RULES))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("units-decreased");
        assertThatThrownBy(() -> recall.reportProgress(PRODUCER, 3, new Units(700, 0, 0, 100), null, AT, RULES))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("report-number-out-of-sequence");
        assertThatThrownBy(() -> recall.reportProgress(PRODUCER, 1, new Units(601, 0, 0, 100), null, AT, RULES))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("progress-report-conflict");
        recall.reportProgress(PRODUCER, 1, new Units(600, 0, 0, 100), null, AT, RULES);
        assertThat(recall.reports()).hasSize(1);
    }

    @Test
    void the_completion_carries_the_final_units_and_cancels_what_was_still_due() {
        Recall recall = in(RecallStatus.COMPLETED);
        RecallCompleted completed = (RecallCompleted) recall.raisedEvents().getLast();
        assertThat(completed.unitsAffected()).isEqualTo(1_000);
        assertThat(completed.unitsRecovered() + completed.unitsRefunded()).isEqualTo(950);
        assertThat(completed.completionRate()).isEqualByComparingTo("0.950");
        assertThat(recall.deadlines()).noneMatch(Deadline::open);
        assertThat(recall.publication().status()).isEqualTo("completed");
        assertThat(recall.publication().dates().completed()).isEqualTo(AT);
    }

    @Test
    void a_voluntary_recall_is_public_only_once_its_plan_is_accepted_an_ordered_one_from_its_order() {
        assertThat(in(RecallStatus.PLAN_SUBMITTED).publication()).isNull();
        assertThat(in(RecallStatus.ONGOING).publication().kind()).isEqualTo("voluntary");
        assertThat(in(RecallStatus.PLAN_REQUIRED).publication()).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("ordered");
            assertThat(p.units().affected()).isNull();
            assertThat(p.remedies()).isEmpty();
        });
    }

    static Summary summary() {
        return new Summary(new Units(800, 0, 0, 150), "召回并退款", "集中销毁", AT);
    }

    static Recall in(RecallStatus state) {
        if (state == RecallStatus.PLAN_REQUIRED) {
            return Recall.order(RecallId.forInvestigation("RI-0123456789abcdef01234567"), new Recall.Order(
                    "RI-0123456789abcdef01234567", new DefectSubject(Plans.food(TODAY).producer(),
                            Plans.food(TODAY).product(), null, "330106", "菌落总数超标"),
                    new Classification(ProductType.FOOD, 1, null),
                    HazardType.MICROBIOLOGICAL, "regulator1"), AT, RULES);
        }
        Recall r = Recall.fileVoluntary(RecallId.forFiling(Plans.USCC, "key-0001"), null, "330106",
                Plans.food(TODAY), "ent-a", "fingerprint", AT);
        switch (state) {
            case PLAN_SUBMITTED -> {
            }
            case CHANGES_REQUESTED -> r.review(REGULATOR, Review.Decision.REQUEST_CHANGES, "补充证据", AT, RULES);
            case TERMINATED -> r.close(REGULATOR, Closure.Outcome.TERMINATED, "企业撤回", AT);
            default -> {
                r.review(REGULATOR, Review.Decision.ACCEPT, null, AT, RULES);
                if (state != RecallStatus.ONGOING) {
                    r.submitSummary(PRODUCER, summary(), AT);
                }
                if (state == RecallStatus.COMPLETED) {
                    r.close(REGULATOR, Closure.Outcome.COMPLETED, null, AT);
                }
            }
        }
        assertThat(r.status()).isEqualTo(state);
        return r;
    }

    @Test
    void a_plan_keeps_its_dates_in_order_and_its_units_within_those_produced() {
        RecallPlan ok = Plans.food(TODAY);
        ok.check(TODAY);
        List<RecallPlan> bad = List.of(
                new RecallPlan(ok.classification(), ok.producer(), ok.contact(), ok.product(), TODAY.minusDays(10),
                        TODAY.minusDays(20), 5_000, 1_000, ok.salesRegions(), ok.salesChannels(), ok.defect(),
                        ok.remedies(), ok.schedule(), ok.publicity()),
                new RecallPlan(ok.classification(), ok.producer(), ok.contact(), ok.product(), ok.productionFrom(),
                        ok.productionTo(), 500, 1_000, ok.salesRegions(), ok.salesChannels(), ok.defect(),
                        ok.remedies(), ok.schedule(), ok.publicity()),
                new RecallPlan(ok.classification(), ok.producer(), ok.contact(), ok.product(), ok.productionFrom(),
                        ok.productionTo(), 5_000, 1_000, ok.salesRegions(), ok.salesChannels(), ok.defect(),
                        ok.remedies(), new RecallPlan.Schedule(TODAY.plusDays(5), TODAY), ok.publicity()));
        assertThat(bad).allSatisfy(plan -> assertThatThrownBy(() -> plan.check(TODAY))
                .extracting(e -> ((DomainException) e).code())
                .isIn("dates-out-of-order", "quantities-do-not-add-up"));
    }
}
