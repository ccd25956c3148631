package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qsp.inspection.sample.SampleFixtures.NOW;
import static org.qsp.inspection.sample.SampleFixtures.WINDOWS;
import static org.qsp.inspection.sample.SampleFixtures.item;
import static org.qsp.inspection.sample.SampleFixtures.report;
import static org.qsp.inspection.sample.Verdict.FAIL;
import static org.qsp.inspection.sample.Verdict.PASS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.errors.InvalidField;

/** The way from a FAIL to its final verdict, and the one SampleFinalized it raises (ADR 0019). */
class FinalVerdictTest {

    private static final TimeBounds BOUNDS = new TimeBounds(Duration.ofMinutes(5), Duration.ofDays(365));
    private static final Caller ENTERPRISE = new Caller("ent-1", Set.of(Role.ENTERPRISE),
            Optional.of(SampleFixtures.USCC), Optional.empty());
    private static final Caller REGULATOR = new Caller("reg-1", Set.of(Role.REGULATOR), Optional.empty(),
            Optional.of("330100"));
    /** NOW is 2 March 2026: an objection runs to 17 March, a re-test application to 11 March. */
    private static final LocalDate OBJECT_UNTIL = LocalDate.of(2026, 3, 17);
    private static final LocalDate RETEST_UNTIL = LocalDate.of(2026, 3, 11);

    private static Sample failed(ProductClass productClass, SamplingType type, ItemResult... items) {
        Sample sample = Sample.record(new SampleId("s-1"), SampleFixtures.form(productClass, type), "insp-a", NOW,
                BOUNDS);
        sample.conclude(report(FAIL, items.length == 0 ? new ItemResult[] {item("铅", FAIL, true)} : items), "lab-1",
                NOW, BOUNDS, WINDOWS);
        return sample;
    }

    private static Sample failed(ProductClass productClass) {
        return failed(productClass, SamplingType.SUPERVISORY);
    }

    private static Instant on(LocalDate day) {
        return day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    /** How many SampleFinalized the sample raised (its FAIL raised a SampleFailed before them). */
    private static long finals(Sample sample) {
        return sample.raisedEvents().stream().filter(SampleFinalized.class::isInstance).count();
    }

    private static SampleFinalized finalized(Sample sample) {
        return sample.raisedEvents().stream().filter(SampleFinalized.class::isInstance).map(SampleFinalized.class::cast)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one SampleFinalized: " + a + ", " + b);
                }).orElseThrow(() -> new AssertionError("no SampleFinalized in " + sample.raisedEvents()));
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_fail_carries_its_classification_task_and_last_day_and_is_not_final() {
        Sample sample = Sample.record(new SampleId("s-1"), SampleFixtures.form(ProductClass.FOOD,
                SamplingType.EVALUATION), "insp-a", NOW, BOUNDS);
        sample.conclude(report(FAIL, item("铅", FAIL, true)), "lab-1", NOW, BOUNDS, WINDOWS);

        assertThat(sample.raisedEvents()).singleElement().isInstanceOfSatisfying(SampleFailed.class, failed -> {
            assertThat(failed.samplingType()).isEqualTo("EVALUATION");
            assertThat(failed.productClass()).isEqualTo("FOOD");
            assertThat(failed.category()).isEqualTo("0701");
            assertThat(failed.taskId()).isEqualTo("T-1");
            assertThat(failed.contestBy()).isEqualTo(RETEST_UNTIL);
        });
        assertThat(sample.resultStage()).contains(ResultStage.OPEN);
    }

    @Test
    void the_enterprise_accepts_its_fail_once_and_the_verdict_is_final() {
        Sample sample = failed(ProductClass.MANUFACTURED);

        sample.accept(ENTERPRISE, NOW.plusSeconds(60));

        SampleFinalized finalized = finalized(sample);
        assertThat(finalized.verdict()).isEqualTo("FAIL");
        assertThat(finalized.basis()).isEqualTo("ACCEPTED");
        assertThat(finalized.failedItems()).extracting(SampleFailed.FailedItem::item).containsExactly("铅");
        assertThat(finalized.safetyRelated()).isTrue();
        assertThat(finalized.taskId()).isEqualTo("T-1");
        sample.accept(ENTERPRISE, NOW.plusSeconds(120));
        assertThat(finals(sample)).as("accepting again").isEqualTo(1);
        refused(() -> sample.contest(Contest.Kind.OBJECTION, "too late", ENTERPRISE, NOW, WINDOWS), "result-final");
    }

    @Test
    void an_objection_on_the_last_day_is_taken_and_one_a_day_later_is_refused() {
        Sample onTime = failed(ProductClass.MANUFACTURED);
        onTime.contest(Contest.Kind.OBJECTION, "the lab used the wrong standard", ENTERPRISE, on(OBJECT_UNTIL),
                WINDOWS);
        assertThat(onTime.resultStage()).contains(ResultStage.OBJECTED);
        assertThat(finals(onTime)).isZero();

        Sample late = failed(ProductClass.MANUFACTURED);
        refused(() -> late.contest(Contest.Kind.OBJECTION, "late", ENTERPRISE, on(OBJECT_UNTIL.plusDays(1)), WINDOWS),
                "objection-window-closed");
    }

    @Test
    void an_objection_is_for_manufactured_products_and_a_retest_for_food_and_agricultural_ones() {
        refused(() -> failed(ProductClass.FOOD).contest(Contest.Kind.OBJECTION, "x", ENTERPRISE, NOW, WINDOWS),
                "objection-not-for-product-class");
        refused(() -> failed(ProductClass.MANUFACTURED).contest(Contest.Kind.RETEST, "x", ENTERPRISE, NOW, WINDOWS),
                "retest-not-for-product-class");
        Sample agricultural = failed(ProductClass.AGRICULTURAL);
        agricultural.contest(Contest.Kind.RETEST, "reserve sample, please", ENTERPRISE, on(RETEST_UNTIL), WINDOWS);
        assertThat(agricultural.resultStage()).contains(ResultStage.RETEST_REQUESTED);
        refused(() -> failed(ProductClass.FOOD).contest(Contest.Kind.RETEST, "x", ENTERPRISE,
                on(RETEST_UNTIL.plusDays(1)), WINDOWS), "retest-window-closed");
    }

    @Test
    void there_is_no_retest_for_a_microbiological_failure() {
        Sample sample = failed(ProductClass.FOOD, SamplingType.SUPERVISORY,
                new ItemResult("菌落总数", "GB 4789.2", "≤100000", "350000", "CFU/g", FAIL, false, true));

        refused(() -> sample.contest(Contest.Kind.RETEST, "x", ENTERPRISE, NOW, WINDOWS),
                "retest-not-for-microbiological");
        sample.accept(ENTERPRISE, NOW);
        assertThat(finalized(sample).basis()).isEqualTo("ACCEPTED");
    }

    @Test
    void the_same_contest_again_changes_nothing_another_is_a_conflict_and_a_contested_result_is_not_accepted() {
        Sample sample = failed(ProductClass.MANUFACTURED);
        sample.contest(Contest.Kind.OBJECTION, "wrong standard", ENTERPRISE, NOW, WINDOWS);

        sample.contest(Contest.Kind.OBJECTION, " wrong standard ", ENTERPRISE, NOW.plusSeconds(5), WINDOWS);
        refused(() -> sample.contest(Contest.Kind.OBJECTION, "another reason", ENTERPRISE, NOW, WINDOWS),
                "contest-conflict");
        refused(() -> sample.accept(ENTERPRISE, NOW), "result-contested");
        assertThat(finals(sample)).isZero();
    }

    @Test
    void a_confirmed_objection_makes_the_fail_final_and_an_overturned_one_makes_the_sample_pass() {
        Sample confirmed = failed(ProductClass.MANUFACTURED);
        confirmed.contest(Contest.Kind.OBJECTION, "wrong standard", ENTERPRISE, NOW, WINDOWS);
        ObjectionDecision confirm = new ObjectionDecision(ObjectionDecision.Outcome.VERDICT_CONFIRMED, "standard ok");
        confirmed.decideObjection(confirm, REGULATOR, NOW.plusSeconds(60));
        assertThat(finalized(confirmed)).satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("FAIL");
            assertThat(f.basis()).isEqualTo("OBJECTION_DECIDED");
        });
        confirmed.decideObjection(confirm, REGULATOR, NOW.plusSeconds(90));
        assertThat(finals(confirmed)).as("the same decision again").isEqualTo(1);
        refused(() -> confirmed.decideObjection(new ObjectionDecision(ObjectionDecision.Outcome.VERDICT_OVERTURNED,
                "no"), REGULATOR, NOW), "decision-conflict");

        Sample overturned = failed(ProductClass.MANUFACTURED);
        overturned.contest(Contest.Kind.OBJECTION, "wrong standard", ENTERPRISE, NOW, WINDOWS);
        overturned.decideObjection(new ObjectionDecision(ObjectionDecision.Outcome.VERDICT_OVERTURNED,
                "the wrong standard was applied"), REGULATOR, NOW.plusSeconds(60));
        assertThat(finalized(overturned)).satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("PASS");
            assertThat(f.failedItems()).isEmpty();
            assertThat(f.safetyRelated()).isFalse();
        });
    }

    @Test
    void a_decision_needs_a_pending_objection() {
        refused(() -> failed(ProductClass.MANUFACTURED).decideObjection(new ObjectionDecision(
                ObjectionDecision.Outcome.VERDICT_CONFIRMED, "x"), REGULATOR, NOW), "no-objection-pending");
        refused(() -> failed(ProductClass.FOOD).concludeRetest(new RetestConclusion(PASS, "lab-2", null), REGULATOR,
                NOW), "no-retest-pending");
    }

    @Test
    void a_retest_at_another_lab_is_final_whichever_its_verdict_and_the_first_lab_may_not_retest() {
        Sample overturned = failed(ProductClass.FOOD);
        overturned.contest(Contest.Kind.RETEST, "reserve sample", ENTERPRISE, NOW, WINDOWS);
        assertThatThrownBy(() -> overturned.concludeRetest(new RetestConclusion(PASS, "lab-1", null), REGULATOR, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.code()).isEqualTo("retest-same-lab"));
        overturned.concludeRetest(new RetestConclusion(PASS, "lab-2", "report R-7"), REGULATOR, NOW.plusSeconds(60));
        assertThat(finalized(overturned)).satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("PASS");
            assertThat(f.basis()).isEqualTo("RETEST");
        });

        Sample confirmed = failed(ProductClass.FOOD);
        confirmed.contest(Contest.Kind.RETEST, "reserve sample", ENTERPRISE, NOW, WINDOWS);
        confirmed.concludeRetest(new RetestConclusion(FAIL, "lab-2", null), REGULATOR, NOW.plusSeconds(60));
        assertThat(finalized(confirmed).verdict()).isEqualTo("FAIL");
    }

    @Test
    void an_unopposed_fail_becomes_final_the_day_after_its_last_day_once() {
        Sample sample = failed(ProductClass.MANUFACTURED);

        sample.closeWindowIfPassed(OBJECT_UNTIL, on(OBJECT_UNTIL));
        assertThat(finals(sample)).as("on the last day").isZero();
        sample.closeWindowIfPassed(OBJECT_UNTIL.plusDays(1), on(OBJECT_UNTIL.plusDays(1)));
        assertThat(finalized(sample).basis()).isEqualTo("WINDOW_PASSED");
        sample.closeWindowIfPassed(OBJECT_UNTIL.plusDays(2), on(OBJECT_UNTIL.plusDays(2)));
        assertThat(finals(sample)).as("a second run").isEqualTo(1);
    }

    @Test
    void a_contested_fail_is_not_finalized_by_its_window() {
        Sample sample = failed(ProductClass.MANUFACTURED);
        sample.contest(Contest.Kind.OBJECTION, "wrong standard", ENTERPRISE, NOW, WINDOWS);

        sample.closeWindowIfPassed(OBJECT_UNTIL.plusDays(30), on(OBJECT_UNTIL.plusDays(30)));

        assertThat(finals(sample)).isZero();
        assertThat(sample.resultStage()).contains(ResultStage.OBJECTED);
    }

    @Test
    void a_risk_monitoring_fail_is_final_at_once_with_no_objection_path() {
        Sample sample = Sample.record(new SampleId("s-1"), SampleFixtures.form(ProductClass.MANUFACTURED,
                SamplingType.RISK_MONITORING), "insp-a", NOW, BOUNDS);
        sample.conclude(report(FAIL, item("铅", FAIL, true)), "lab-1", NOW, BOUNDS, WINDOWS);

        assertThat(sample.raisedEvents()).hasSize(2).first().isInstanceOfSatisfying(SampleFailed.class,
                failed -> assertThat(failed.contestBy()).isNull());
        assertThat(finalized(sample)).satisfies(f -> {
            assertThat(f.basis()).isEqualTo("RISK_MONITORING");
            assertThat(f.samplingType()).isEqualTo("RISK_MONITORING");
        });
        refused(() -> sample.accept(ENTERPRISE, NOW), "risk-monitoring-final");
    }

    @Test
    void a_pass_cannot_be_accepted_or_contested_and_a_sample_without_result_neither() {
        Sample passed = Sample.record(new SampleId("s-1"), SampleFixtures.form(), "insp-a", NOW, BOUNDS);
        passed.conclude(report(PASS, item("铅", PASS, true)), "lab-1", NOW, BOUNDS, WINDOWS);
        refused(() -> passed.accept(ENTERPRISE, NOW), "result-not-failed");
        Sample sampled = Sample.record(new SampleId("s-2"), SampleFixtures.form(), "insp-a", NOW, BOUNDS);
        refused(() -> sampled.contest(Contest.Kind.OBJECTION, "x", ENTERPRISE, NOW, WINDOWS), "no-result");
        assertThat(List.of(passed.finalVerdict().orElseThrow().basis())).containsExactly(Finalization.PASS_RESULT);
    }
}
