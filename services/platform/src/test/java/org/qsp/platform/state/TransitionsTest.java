package org.qsp.platform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionsTest {

    enum Light { RED, GREEN, AMBER, OFF }

    @Test
    void a_table_answers_its_moves_and_its_final_states() {
        Transitions<Light> moves = Transitions.of(Light.class).allow(Light.RED, Light.GREEN, Light.OFF)
                .allow(Light.GREEN, Light.AMBER).allow(Light.AMBER, Light.RED).allow(Light.OFF).complete();

        assertThat(moves.allows(Light.RED, Light.GREEN)).isTrue();
        assertThat(moves.allows(Light.GREEN, Light.RED)).isFalse();
        assertThat(moves.next(Light.RED)).containsExactlyInAnyOrder(Light.GREEN, Light.OFF);
        assertThat(moves.isFinal(Light.OFF)).isTrue();
        assertThat(moves.isFinal(Light.AMBER)).isFalse();
    }

    @Test
    void a_table_that_leaves_a_state_out_or_gives_one_two_rows_is_refused() {
        assertThatThrownBy(() -> Transitions.of(Light.class).allow(Light.RED, Light.GREEN).complete())
                .hasMessageContaining("no row for [GREEN, AMBER, OFF]");
        assertThatThrownBy(() -> Transitions.of(Light.class).complete()).hasMessageContaining("no row for");
        assertThatThrownBy(() -> Transitions.of(Light.class).allow(Light.RED).allow(Light.RED, Light.OFF))
                .hasMessageContaining("two rows");
    }
}
