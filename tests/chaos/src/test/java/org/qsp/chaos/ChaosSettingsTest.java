package org.qsp.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qsp.harness.LocalStack;

class ChaosSettingsTest {

    @Test
    void without_variables_every_component_is_killed_and_the_defaults_apply() {
        ChaosSettings settings = ChaosSettings.from(Map.of());

        assertThat(settings.faults()).isEqualTo(LocalStack.COMPONENTS);
        assertThat(settings.overload()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.steady()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.capacity()).isZero();
    }

    @Test
    void the_default_base_load_is_ten_per_second_but_at_most_a_third_of_the_capacity() {
        ChaosSettings settings = ChaosSettings.from(Map.of());

        assertThat(settings.baseRate(Capacity.given(60, "bench"))).isEqualTo(10);
        assertThat(settings.baseRate(Capacity.given(12, "probe"))).isEqualTo(4);
        assertThat(ChaosSettings.from(Map.of("CHAOS_RATE", "25")).baseRate(Capacity.given(12, "probe"))).isEqualTo(25);
    }

    @Test
    void reads_the_faults_in_order_or_none() {
        assertThat(ChaosSettings.from(Map.of("CHAOS_FAULTS", "credit, kafka")).faults()).containsExactly("credit",
                "kafka");
        assertThat(ChaosSettings.from(Map.of("CHAOS_FAULTS", "none")).faults()).isEmpty();
    }

    @Test
    void refuses_a_component_that_does_not_exist_and_a_number_that_is_not_one() {
        assertThatThrownBy(() -> ChaosSettings.from(Map.of("CHAOS_FAULTS", "zookeeper")))
                .hasMessageContaining("zookeeper");
        assertThatThrownBy(() -> ChaosSettings.from(Map.of("CHAOS_RATE", "fast"))).hasMessageContaining("CHAOS_RATE");
        assertThatThrownBy(() -> ChaosSettings.from(Map.of("CHAOS_SECONDS", "-1"))).hasMessageContaining("negative");
    }
}
