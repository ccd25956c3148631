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
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.outbox.Outbox;
import tools.jackson.databind.json.JsonMapper;

class SampleTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Outbox outbox = SampleFixtures.outbox();

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
        sample.conclude(report(PASS, item("铅", PASS, true)), "lab-1", NOW, SKEW, outbox);
        assertThatThrownBy(() -> sample.requireSameForm(other))
                .isInstanceOfSatisfying(SampleConflict.class, e -> assertThat(e.code()).isEqualTo("sample-conflict"))
                .hasMessageContaining("has a result");
    }

    @Test
    void a_fail_raises_one_sample_failed_with_only_the_failed_items_and_the_hazard_of_those() {
        Sample sample = recorded();

        boolean recordedNow = sample.conclude(report(FAIL, item("铅", PASS, true), item("菌落总数", FAIL, false),
                item("大肠菌群", FAIL, true)), "lab-1", NOW, SKEW, outbox);

        assertThat(recordedNow).isTrue();
        assertThat(sample.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(sample.getOutbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalog.SAMPLE_FAILED.type());
            assertThat(event.key()).isEqualTo("s-1");
            SampleFailed failed = JSON.readValue(event.payload(), SampleFailed.class);
            assertThat(failed.failedItems()).extracting(SampleFailed.FailedItem::item)
                    .containsExactly("菌落总数", "大肠菌群");
            assertThat(failed.safetyRelated()).isTrue();
            assertThat(failed.sampledAt()).isEqualTo(sample.form().sampledAt());
            assertThat(failed.concludedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00.123Z"));
            assertThat(failed.enterprise().uscc()).isEqualTo(SampleFixtures.USCC);
        });
    }

    @Test
    void a_fail_whose_failed_items_are_harmless_is_not_safety_related_even_if_a_passed_item_is() {
        Sample sample = recorded();
        sample.conclude(report(FAIL, item("铅", PASS, true), item("标签", FAIL, false)), "lab-1", NOW, SKEW, outbox);

        SampleFailed failed = JSON.readValue(sample.getOutbox().getFirst().payload(), SampleFailed.class);
        assertThat(failed.safetyRelated()).isFalse();
    }

    @Test
    void a_pass_raises_sample_passed_only() {
        Sample sample = recorded();
        sample.conclude(report(PASS, item("铅", PASS, true)), "insp-b", NOW, SKEW, outbox);

        assertThat(sample.status()).isEqualTo(SampleStatus.PASSED);
        assertThat(sample.getOutbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalog.SAMPLE_PASSED.type());
            assertThat(JSON.readValue(event.payload(), SamplePassed.class).sampleId()).isEqualTo("s-1");
        });
    }

    @Test
    void the_same_report_again_changes_nothing_and_another_report_is_a_conflict() {
        Sample sample = recorded();
        sample.conclude(report(FAIL, item("菌落总数", FAIL, false)), "lab-1", NOW, SKEW, outbox);
        Conclusion first = sample.conclusion().orElseThrow();

        boolean again = sample.conclude(report(FAIL, item(" 菌落总数 ", FAIL, false)), "insp-a",
                NOW.plusSeconds(60), SKEW, outbox);

        assertThat(again).isFalse();
        assertThat(sample.conclusion()).contains(first);
        assertThat(sample.getOutbox()).hasSize(1);
        assertThatThrownBy(() -> sample.conclude(report(PASS, item("菌落总数", PASS, false)), "lab-1", NOW, SKEW,
                outbox)).isInstanceOfSatisfying(ResultConflict.class,
                        e -> assertThat(e.code()).isEqualTo("result-conflict"));
        assertThat(sample.getOutbox()).hasSize(1);
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
                beforeSampling), "lab-1", NOW, SKEW, outbox))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("concluded-before-sampled"));
        assertThatThrownBy(() -> sample.conclude(new ResultReport(List.of(item("a", PASS, false)), PASS,
                NOW.plus(SKEW).plusSeconds(1)), "lab-1", NOW, SKEW, outbox))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("concludedAt"));
        assertThat(sample.conclusion()).isEmpty();
        assertThat(sample.getOutbox()).isEmpty();
    }

    @Test
    void a_given_conclusion_time_is_kept_and_a_missing_one_is_the_time_of_recording() {
        Sample given = recorded();
        Instant at = NOW.minusSeconds(60);
        given.conclude(new ResultReport(List.of(item("a", PASS, false)), PASS, at), "lab-1", NOW, SKEW, outbox);
        assertThat(given.conclusion().orElseThrow().concludedAt()).isEqualTo(Instant.parse("2026-03-02T07:59:00.123Z"));

        Sample missing = recorded();
        missing.conclude(report(PASS, item("a", PASS, false)), "lab-1", NOW, SKEW, outbox);
        assertThat(missing.conclusion().orElseThrow().concludedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00.123Z"));
    }
}
