package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qsp.inspection.sample.SampleFixtures.NOW;
import static org.qsp.inspection.sample.SampleFixtures.REGION;
import static org.qsp.inspection.sample.SampleFixtures.USCC;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.uscc.InvalidUscc;

class SamplingFormTest {

    @Test
    void forms_that_differ_only_in_whitespace_inspector_order_and_sub_millisecond_time_are_the_same_form() {
        SamplingForm sent = new SamplingForm(
                new SampledEnterprise(" " + USCC + " ", " 杭州示例食品有限公司 ", REGION, PartyRole.PRODUCER, false),
                new Product("速冻水饺 ", "好味", " 500g", "20260201"), NOW.plusNanos(1),
                List.of(" insp-b", "insp-a"), new GeoPoint(30.25, 120.16));

        assertThat(sent).isEqualTo(SampleFixtures.form(NOW, "insp-a", "insp-b"));
        assertThat(sent.inspectorIds()).containsExactly("insp-a", "insp-b");
    }

    @Test
    void a_form_needs_exactly_two_different_inspectors() {
        assertThatThrownBy(() -> SampleFixtures.form(NOW, "insp-a"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("inspectorIds"));
        assertThatThrownBy(() -> SampleFixtures.form(NOW, "insp-a", "insp-b", "insp-c"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("inspectorIds"));
        assertThatThrownBy(() -> SampleFixtures.form(NOW, "insp-a", " insp-a"))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.code()).isEqualTo("inspectors-not-distinct"));
    }

    @Test
    void an_early_uscc_failing_the_check_character_is_refused_unless_the_inspector_overrides_the_check() {
        String early = TestUsccs.failingCheck(REGION);

        assertThatThrownBy(() -> new SampledEnterprise(early, "n", REGION, PartyRole.SELLER, false))
                .isInstanceOfSatisfying(InvalidUscc.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-uscc");
                    assertThat(e.field()).isEqualTo("enterprise.uscc");
                    assertThat(e.getMessage()).contains("usccCheckOverride");
                });
        assertThat(new SampledEnterprise(early, "n", REGION, PartyRole.SELLER, true).usccCheckOverridden()).isTrue();
    }

    @Test
    void an_override_on_a_valid_uscc_is_dropped_so_that_it_does_not_make_another_form() {
        assertThat(new SampledEnterprise(USCC, "n", REGION, PartyRole.SELLER, true))
                .isEqualTo(new SampledEnterprise(USCC, "n", REGION, PartyRole.SELLER, false));
    }

    @Test
    void a_malformed_uscc_is_refused_even_with_the_override() {
        assertThatThrownBy(() -> new SampledEnterprise("91330106MA27XY01", "n", REGION, PartyRole.SELLER, true))
                .isInstanceOfSatisfying(InvalidUscc.class, e -> assertThat(e.code()).isEqualTo("invalid-uscc"));
    }

    @Test
    void the_sampled_party_region_is_a_six_digit_code_and_coordinates_are_on_earth() {
        assertThatThrownBy(() -> new SampledEnterprise(USCC, "n", "3301", PartyRole.SELLER, false))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("enterprise.region"));
        assertThatThrownBy(() -> new GeoPoint(91, 0))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("location.lat"));
        assertThatThrownBy(() -> new GeoPoint(0, -181))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("location.lon"));
    }

    @Test
    void sample_ids_are_short_url_safe_tokens() {
        assertThat(new SampleId("3f2b8c1e-7a4d-4c2b-9e1f-0a1b2c3d4e5f").value()).hasSize(36);
        for (String bad : List.of("", "a b", "a/b", "x".repeat(65), "样品")) {
            assertThatThrownBy(() -> new SampleId(bad)).isInstanceOfSatisfying(InvalidField.class,
                    e -> assertThat(e.code()).isEqualTo("invalid-sample-id"));
        }
    }
}
