package org.qsp.platform.uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91330100MA27XY012B", "91330106MA2B3C4D5D", "91330000MA27ABC0Q1", "91100000100003962T"})
    void codes_with_the_gb_32100_check_character_are_valid(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
        assertThat(Uscc.of(code).value()).isEqualTo(code);
    }

    @Test
    void the_check_character_is_computed_with_the_gb_32100_weights() {
        assertThat(Uscc.checkCharacter("91330100MA27XY012")).isEqualTo('B');
        assertThat(Uscc.checkCharacter("91330000MA27ABC0Q")).isEqualTo('1');
    }

    @ParameterizedTest
    @CsvSource({
            "91330100MA27XY012C, check character",
            "91330100MA27XY012, 18 characters",
            "91330100MA27XY012BB, 18 characters",
            "91330100MA27XYO12B, not one of",
            "91330100ma27xy012b, not one of",
            "91AB0100MA27XY012B, region code",
            "000000000000000000, registration authority",
            "01330100MA27XY012B, registration authority",
            "90330100MA27XY012B, kind of organisation",
            "91000000MA27XY012B, division of a registering authority",
            "91990100MA27XY012B, division of a registering authority",
            "'', required"})
    void malformed_codes_say_what_is_wrong(String code, String reason) {
        assertThat(Uscc.problem(code)).get().asString().contains(reason);
        assertThatThrownBy(() -> Uscc.of(code)).isInstanceOf(InvalidUscc.class).hasMessageContaining(reason);
    }

    @Test
    void an_early_code_that_fails_the_check_is_accepted_only_with_an_override() {
        String early = "91330100MA27XY012C";
        assertThatThrownBy(() -> Uscc.of(early)).isInstanceOf(InvalidUscc.class);
        Uscc overridden = new Uscc(early, true);
        assertThat(overridden.checkOverridden()).isTrue();
        assertThat(overridden.regionCode()).isEqualTo("330100");
        assertThatThrownBy(() -> new Uscc("91330100MA27XY01", true)).isInstanceOf(InvalidUscc.class);
    }
}
