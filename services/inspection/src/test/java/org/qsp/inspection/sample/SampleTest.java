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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.platform.errors.InvalidField;

class SampleTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final EnterpriseRef ENTERPRISE = new EnterpriseRef(SampleFixtures.USCC, "杭州示例食品有限公司",
            SampleFixtures.REGION);
    private static final ProductRef PRODUCT = new ProductRef("速冻水饺", "好味", "500g", "20260201");
    private static final Instant RECORDED_AT = Instant.parse("2026-03-02T08:00:00.123Z");

    private Sample recorded() {
        return Sample.record(new SampleId("s-1"), SampleFixtures.form(), "insp-a", NOW, SKEW);
    }

    @Test
    void only_a_signing_inspector_records_a_form() {
        assertThatThrownBy(() -> Sample.record(new SampleId("s-1"), SampleFixtures.form(), "insp-x", NOW, SKEW))
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

    @Test
    void a_sampling_time_ahead_of_the_clock_is_accepted_within_the_skew_and_refused_beyond_it() {
        assertThat(Sample.record(new SampleId("s-1"), SampleFixtures.form(NOW.plus(SKEW), "insp-a", "insp-b"),
                "insp-a", NOW, SKEW).status()).isEqualTo(SampleStatus.SAMPLED);

        assertThatThrownBy(() -> Sample.record(new SampleId("s-1"),
                SampleFixtures.form(NOW.plus(SKEW).plusSeconds(1), "insp-a", "insp-b"), "insp-a", NOW, SKEW))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).isEqualTo("timestamp-in-future");
                    assertThat(e.field()).isEqualTo("sampledAt");
                });
    }

    @Test
    void the_same_form_again_is_accepted_and_another_form_is_a_conflict_even_more_so_after_the_result() {
        Sample sample = recorded();
        sample.requireSameForm(SampleFixtures.form());

        SamplingForm other = SampleFixtures.form(NOW.minusSeconds(7200), "insp-a", "insp-b");
        assertThatThrownBy(() -> sample.requireSameForm(other)).isInstanceOf(SampleConflict.class)
                .hasMessageContaining("cannot change");
        sample.conclude(report(PASS, item("铅", PASS, true)), "lab-1", NOW, SKEW);
        assertThatThrownBy(() -> sample.requireSameForm(other))
                .isInstanceOfSatisfying(SampleConflict.class, e -> assertThat(e.code()).isEqualTo("sample-conflict"))
                .hasMessageContaining("has a result");
    }

    @Test
    void a_fail_raises_one_sample_failed_with_only_the_failed_items_and_the_hazard_of_those() {
        Sample sample = recorded();

        sample.conclude(report(FAIL, item("铅", PASS, true), item("菌落总数", FAIL, false), item("大肠菌群", FAIL, true)),
                "lab-1", NOW, SKEW);

        assertThat(sample.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(sample.raisedEvents()).containsExactly(new SampleFailed("s-1", ENTERPRISE, PRODUCT,
                sample.form().sampledAt(), RECORDED_AT, List.of(failed("菌落总数", false), failed("大肠菌群", true)), true));
    }

    @Test
    void a_fail_whose_failed_items_are_harmless_is_not_safety_related_even_if_a_passed_item_is() {
        Sample sample = recorded();
        sample.conclude(report(FAIL, item("铅", PASS, true), item("标签", FAIL, false)), "lab-1", NOW, SKEW);

        assertThat(sample.raisedEvents()).singleElement().isInstanceOfSatisfying(SampleFailed.class,
                failed -> assertThat(failed.safetyRelated()).isFalse());
    }

    @Test
    void a_pass_raises_sample_passed_only() {
        Sample sample = recorded();
        sample.conclude(report(PASS, item("铅", PASS, true)), "insp-b", NOW, SKEW);

        assertThat(sample.status()).isEqualTo(SampleStatus.PASSED);
        assertThat(sample.raisedEvents()).containsExactly(
                new SamplePassed("s-1", ENTERPRISE, PRODUCT, sample.form().sampledAt(), RECORDED_AT));
    }

    @Test
    void the_same_report_again_changes_nothing_and_another_report_is_a_conflict() {
        Sample sample = recorded();
        sample.conclude(report(FAIL, item("菌落总数", FAIL, false)), "lab-1", NOW, SKEW);
        Conclusion first = sample.conclusion().orElseThrow();

        sample.conclude(report(FAIL, item(" 菌落总数 ", FAIL, false)), "insp-a", NOW.plusSeconds(60), SKEW);

        assertThat(sample.conclusion()).contains(first);
        assertThat(sample.raisedEvents()).hasSize(1);
        assertThatThrownBy(() -> sample.conclude(report(PASS, item("菌落总数", PASS, false)), "lab-1", NOW, SKEW))
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
    void a_test_cannot_conclude_before_the_sampling_or_in_the_future() {
        Sample sample = recorded();
        Instant beforeSampling = sample.form().sampledAt().minusSeconds(1);
        assertThatThrownBy(() -> sample.conclude(new ResultReport(List.of(item("a", PASS, false)), PASS,
                beforeSampling), "lab-1", NOW, SKEW))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("concluded-before-sampled"));
        assertThatThrownBy(() -> sample.conclude(new ResultReport(List.of(item("a", PASS, false)), PASS,
                NOW.plus(SKEW).plusSeconds(1)), "lab-1", NOW, SKEW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("concludedAt"));
        assertThat(sample.conclusion()).isEmpty();
        assertThat(sample.raisedEvents()).isEmpty();
    }

    @Test
    void a_given_conclusion_time_is_kept_and_a_missing_one_is_the_time_of_recording() {
        Sample given = recorded();
        Instant at = NOW.minusSeconds(60);
        given.conclude(new ResultReport(List.of(item("a", PASS, false)), PASS, at), "lab-1", NOW, SKEW);
        assertThat(given.conclusion().orElseThrow().concludedAt()).isEqualTo(RECORDED_AT.minusSeconds(60));

        Sample missing = recorded();
        missing.conclude(report(PASS, item("a", PASS, false)), "lab-1", NOW, SKEW);
        assertThat(missing.conclusion().orElseThrow().concludedAt()).isEqualTo(RECORDED_AT);
    }

    private static SampleFailed.FailedItem failed(String name, boolean safetyRelated) {
        return new SampleFailed.FailedItem(name, "≤100000", "350000", "CFU/g", safetyRelated);
    }
}
