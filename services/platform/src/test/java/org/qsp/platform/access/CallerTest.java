package org.qsp.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.errors.Forbidden;

class CallerTest {

    private static Caller regulator(String region) {
        return new Caller("r", Set.of(Role.REGULATOR), Optional.empty(), Optional.of(region));
    }

    @ParameterizedTest(name = "{0} supervises {1}: {2}")
    @CsvSource({
            "100000, 330106, true", "100000, 110101, true", "100000, 100000, true",
            "330000, 330106, true", "330000, 330100, true", "330000, 330000, true", "330000, 320106, false",
            "330100, 330106, true", "330100, 330100, true", "330100, 330200, false", "330100, 330000, false",
            "330106, 330106, true", "330106, 330108, false", "330106, 330100, false"})
    void a_regulator_supervises_its_region_and_everything_under_it(String authority, String place,
            boolean supervises) {
        assertThat(regulator(authority).supervises(place)).isEqualTo(supervises);
    }

    @Test
    void only_a_regulator_with_a_valid_region_supervises_anything() {
        var inspector = new Caller("i", Set.of(Role.INSPECTOR), Optional.empty(), Optional.of("330000"));
        var enterprise = new Caller("e", Set.of(Role.ENTERPRISE), Optional.of("91330100MA27XY012B"), Optional.empty());
        assertThat(inspector.supervises("330106")).isFalse();
        assertThat(enterprise.supervises("330100")).isFalse();
        assertThat(regulator("33").supervises("330106")).isFalse();
        assertThat(regulator("330000").supervises(null)).isFalse();
        assertThat(regulator("330000").supervises("abc")).isFalse();
    }

    @Test
    void the_supervised_prefix_serves_queries_and_needs_a_region_claim() {
        assertThat(regulator("100000").supervisedPrefix()).isEmpty();
        assertThat(regulator("330000").supervisedPrefix()).isEqualTo("33");
        assertThat(regulator("330100").supervisedPrefix()).isEqualTo("3301");
        var noRegion = new Caller("r", Set.of(Role.REGULATOR), Optional.empty(), Optional.empty());
        assertThatThrownBy(noRegion::supervisedPrefix).isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("code", "claim-missing");
    }

    @Test
    void an_enterprise_is_only_itself() {
        var enterprise = new Caller("e", Set.of(Role.ENTERPRISE), Optional.of("91330100MA27XY012B"), Optional.empty());
        assertThat(enterprise.isEnterprise("91330100MA27XY012B")).isTrue();
        assertThat(enterprise.isEnterprise("91330106MA2B3C4D5D")).isFalse();
        assertThat(regulator("330000").isEnterprise("91330100MA27XY012B")).isFalse();
    }

    @ParameterizedTest(name = "an inspector of {0} acts for {1}: {2}")
    @CsvSource({
            "330100, 330106, true", "330100, 330100, true", "330100, 330203, false", "330100, 320106, false",
            "330000, 330203, true", "100000, 440305, true", "330106, 330102, false"})
    void an_inspector_acts_for_the_regions_its_own_region_covers(String own, String place, boolean acts) {
        var inspector = new Caller("i", Set.of(Role.INSPECTOR), Optional.empty(), Optional.of(own));
        assertThat(inspector.actsFor(place)).isEqualTo(acts);
        assertThat(inspector.supervises(place)).as("acting is not supervising").isFalse();
        assertThat(new Caller("e", Set.of(Role.INSPECTOR), Optional.empty(), Optional.empty()).actsFor(place))
                .isFalse();
    }

    @ParameterizedTest(name = "a regulator of {0} filtering on {1} queries the prefix \"{2}\"")
    @CsvSource(nullValues = "none", value = {
            "330000, none, 33", "330000, 330100, 3301", "330000, 330106, 330106", "330000, 330000, 33",
            "330100, 330000, 3301", "330100, 100000, 3301", "100000, 320106, 320106", "100000, none, ''",
            "330100, 320100, disjoint", "330106, 330102, disjoint"})
    void a_region_filter_narrows_a_list_within_what_the_regulator_supervises_and_never_widens_it(String own,
            String filter, String prefix) {
        var narrowed = regulator(own).supervisedPrefixWithin(filter);
        if ("disjoint".equals(prefix)) {
            assertThat(narrowed).isEmpty();
        } else {
            assertThat(narrowed).contains(prefix);
        }
    }
}
