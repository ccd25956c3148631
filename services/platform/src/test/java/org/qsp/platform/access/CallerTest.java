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
}
