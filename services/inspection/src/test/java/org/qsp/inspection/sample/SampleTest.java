package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qsp.inspection.sample.SampleFixtures.NOW;
import static org.qsp.inspection.sample.SampleFixtures.item;
import static org.qsp.inspection.sample.SampleFixtures.report;
import static org.qsp.inspection.sample.Verdict.FAIL;
import static org.qsp.inspection.sample.Verdict.PASS;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.platform.errors.InvalidField;

class SampleTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Duration HORIZON = Duration.ofDays(365);
    private static final TimeBounds BOUNDS = new TimeBounds(SKEW, HORIZON);
    private static final ContestWindows WINDOWS = SampleFixtures.WINDOWS;
    private static final EnterpriseRef ENTERPRISE = new EnterpriseRef(SampleFixtures.USCC, "杭州示例食品有限公司",
            SampleFixtures.REGION);
    private static final ProductRef PRODUCT = new ProductRef("速冻水饺", "好味", "500g", "20260201");
    private static final Instant RECORDED_AT = Instant.parse("2026-03-02T08:00:00.123Z");

    private Sample recorded() {
        return Sample.record(new SampleId("s-1"), SampleFixtures.form(), "insp-a", NOW, BOUNDS);
    }

    @Test
    void only_a_signing_inspector_records_a_form() {
        assertThatThrownBy(() -> Sample.record(new SampleId("s-1"), SampleFixtures.form(), "insp-x", NOW, BOUNDS))
                .isInstanceOfSatisfying(NotASamplingInspector.class,
                        e -> assertThat(e.code()).isEqualTo("not-a-sampling-inspector"));
    }

    @Test
    void a_recorded_form_raises_nothing() {
        Sample sample = recorded();

        assertThat(sample.status()).isEqualTo(SampleStatus.SAMPLED);
        assertThat(sample.raisedEvents()).isEmpty();
        assertThat(sample.getVersion()).as("never saved").isNull();
    }

    @ParameterizedTest(name = "sampled at now {0}: {1}")
    @CsvSource(nullValues = "accepted", value = {
            "+PT5M, accepted", "+PT5M1S, timestamp-in-future", "+PT0S, accepted", "-PT1H, accepted",
            "-P365D, accepted", "-P365DT1S, timestamp-too-old", "-P36500D, timestamp-too-old",
            "+P3650D, timestamp-in-future"})
    void a_sampling_time_is_refused_beyond_the_clock_skew_ahead_and_beyond_the_horizon_behind(String offset,
            String refusal) {
        Instant sampledAt = NOW.truncatedTo(ChronoUnit.MILLIS).plus(signed(offset));
        SamplingForm form = SampleFixtures.form(sampledAt, "insp-a", "insp-b");

        if (refusal == null) {
            assertThat(Sample.record(new SampleId("s-1"), form, "insp-a", NOW.truncatedTo(
                    ChronoUnit.MILLIS), BOUNDS).form().sampledAt()).isEqualTo(sampledAt);
        } else {
            assertThatThrownBy(() -> Sample.record(new SampleId("s-1"), form, "insp-a",
                    NOW.truncatedTo(ChronoUnit.MILLIS), BOUNDS))
                    .isInstanceOfSatisfying(InvalidField.class, e -> {
                        assertThat(e.code()).isEqualTo(refusal);
                        assertThat(e.field()).isEqualTo("sampledAt");
                    });
        }
    }

    @ParameterizedTest(name = "concluded at {0} {1}: {2}")
    @CsvSource(nullValues = "accepted", value = {
            "now, +PT5M, accepted", "now, +PT5M1S, timestamp-in-future", "now, -PT1M, accepted",
            "sampling, +PT0S, accepted", "sampling, -PT0.001S, concluded-before-sampled",
            "sampling, -PT1S, concluded-before-sampled"})
    void a_result_concludes_no_earlier_than_its_sampling_and_no_later_than_the_clock_skew_ahead(String from,
            String offset, String refusal) {
        Sample sample = recorded();
        Instant base = "now".equals(from) ? NOW.truncatedTo(ChronoUnit.MILLIS)
                : sample.form().sampledAt();
        ResultReport report = new ResultReport(List.of(item("a", PASS, false)), PASS, base.plus(signed(offset)));

        if (refusal == null) {
            sample.conclude(report, "lab-1", NOW, BOUNDS, WINDOWS);
            assertThat(sample.conclusion().orElseThrow().concludedAt()).isEqualTo(base.plus(signed(offset)));
        } else {
            assertThatThrownBy(() -> sample.conclude(report, "lab-1", NOW, BOUNDS, WINDOWS))
                    .isInstanceOfSatisfying(InvalidField.class, e -> {
                        assertThat(e.code()).isEqualTo(refusal);
                        assertThat(e.field()).isEqualTo("concludedAt");
                    });
            assertThat(sample.conclusion()).isEmpty();
            assertThat(sample.raisedEvents()).isEmpty();
        }
    }

    @Test
    void bounds_need_a_skew_of_zero_or_more_and_a_positive_horizon() {
        assertThatThrownBy(() -> new TimeBounds(Duration.ofSeconds(-1), HORIZON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeBounds(SKEW, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimeBounds(Duration.ZERO, HORIZON).clockSkew()).isZero();
    }

    /** "+PT5M" or "-P365DT1S" as a duration. */
    private static Duration signed(String offset) {
        Duration d = Duration.parse(offset.substring(1));
        return offset.startsWith("-") ? d.negated() : d;
    }

    @Test
    void the_same_form_again_is_accepted_and_another_form_is_a_conflict_even_more_so_after_the_result() {
        Sample sample = recorded();
        sample.requireSameForm(SampleFixtures.form());

        SamplingForm other = SampleFixtures.form(NOW.minusSeconds(7200), "insp-a", "insp-b");
        assertThatThrownBy(() -> sample.requireSameForm(other)).isInstanceOf(SampleConflict.class)
                .hasMessageContaining("cannot change");
        sample.conclude(report(PASS, item("铅", PASS, true)), "lab-1", NOW, BOUNDS, WINDOWS);
        assertThatThrownBy(() -> sample.requireSameForm(other))
                .isInstanceOfSatisfying(SampleConflict.class, e -> assertThat(e.code()).isEqualTo("sample-conflict"))
                .hasMessageContaining("has a result");
    }

    @Test
    void a_fail_raises_one_sample_failed_with_only_the_failed_items_and_the_hazard_of_those() {
        Sample sample = recorded();

        sample.conclude(report(FAIL, item("铅", PASS, true), item("菌落总数", FAIL, false), item("大肠菌群", FAIL, true)),
                "lab-1", NOW, BOUNDS, WINDOWS);

        assertThat(sample.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(sample.raisedEvents()).containsExactly(new SampleFailed("s-1", ENTERPRISE, PRODUCT,
                sample.form().sampledAt(), RECORDED_AT, List.of(failed("菌落总数", false), failed("大肠菌群", true)), true,
                "SUPERVISORY", null, "MANUFACTURED", null, java.time.LocalDate.of(2026, 3, 17)));
        assertThat(sample.resultStage()).contains(ResultStage.OPEN);
        assertThat(sample.finalVerdict()).isEmpty();
    }

    @Test
    void a_fail_whose_failed_items_are_harmless_is_not_safety_related_even_if_a_passed_item_is() {
        Sample sample = recorded();
        sample.conclude(report(FAIL, item("铅", PASS, true), item("标签", FAIL, false)), "lab-1", NOW, BOUNDS, WINDOWS);

        assertThat(sample.raisedEvents()).singleElement().isInstanceOfSatisfying(SampleFailed.class,
                failed -> assertThat(failed.safetyRelated()).isFalse());
    }

    @Test
    void a_pass_raises_sample_passed_and_is_final_at_once() {
        Sample sample = recorded();
        sample.conclude(report(PASS, item("铅", PASS, true)), "insp-b", NOW, BOUNDS, WINDOWS);

        assertThat(sample.status()).isEqualTo(SampleStatus.PASSED);
        assertThat(sample.raisedEvents()).containsExactly(
                new SamplePassed("s-1", ENTERPRISE, PRODUCT, sample.form().sampledAt(), RECORDED_AT, "SUPERVISORY", null,
                        "MANUFACTURED", null),
                new SampleFinalized("s-1", "PASS", "PASS_RESULT", RECORDED_AT, ENTERPRISE, PRODUCT,
                        sample.form().sampledAt(), RECORDED_AT, List.of(), false, "SUPERVISORY", null, "MANUFACTURED",
                        null));
        assertThat(sample.resultStage()).contains(ResultStage.FINAL);
    }

    @Test
    void the_same_report_again_changes_nothing_and_another_report_is_a_conflict() {
        Sample sample = recorded();
        sample.conclude(report(FAIL, item("菌落总数", FAIL, false)), "lab-1", NOW, BOUNDS, WINDOWS);
        Conclusion first = sample.conclusion().orElseThrow();

        sample.conclude(report(FAIL, item(" 菌落总数 ", FAIL, false)), "insp-a", NOW.plusSeconds(60), BOUNDS, WINDOWS);

        assertThat(sample.conclusion()).contains(first);
        assertThat(sample.raisedEvents()).hasSize(1);
        assertThatThrownBy(() -> sample.conclude(report(PASS, item("菌落总数", PASS, false)), "lab-1", NOW, BOUNDS, WINDOWS))
                .isInstanceOfSatisfying(ResultConflict.class, e -> assertThat(e.code()).isEqualTo("result-conflict"));
        assertThat(sample.raisedEvents()).hasSize(1);
    }

    @ParameterizedTest(name = "overall {0} with items {1} and {2} is refused")
    @CsvSource({"FAIL, PASS, PASS", "PASS, PASS, FAIL", "PASS, FAIL, FAIL"})
    void an_overall_verdict_that_contradicts_the_items_is_refused(Verdict overall, Verdict first, Verdict second) {
        assertThatThrownBy(() -> report(overall, item("a", first, false), item("b", second, false)))
                .isInstanceOfSatisfying(VerdictInconsistent.class, e -> {
                    assertThat(e.code()).isEqualTo("verdict-inconsistent");
                    assertThat(e.field()).isEqualTo("overallVerdict");
                });
    }

    @Test
    void a_result_needs_at_least_one_item() {
        assertThatThrownBy(() -> new ResultReport(List.of(), PASS, null))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("items"));
    }

    @Test
    void a_given_conclusion_time_is_kept_and_a_missing_one_is_the_time_of_recording() {
        Sample given = recorded();
        Instant at = NOW.minusSeconds(60);
        given.conclude(new ResultReport(List.of(item("a", PASS, false)), PASS, at), "lab-1", NOW, BOUNDS, WINDOWS);
        assertThat(given.conclusion().orElseThrow().concludedAt()).isEqualTo(RECORDED_AT.minusSeconds(60));

        Sample missing = recorded();
        missing.conclude(report(PASS, item("a", PASS, false)), "lab-1", NOW, BOUNDS, WINDOWS);
        assertThat(missing.conclusion().orElseThrow().concludedAt()).isEqualTo(RECORDED_AT);
    }

    private static SampleFailed.FailedItem failed(String name, boolean safetyRelated) {
        return new SampleFailed.FailedItem(name, "≤100000", "350000", "CFU/g", safetyRelated);
    }
}
