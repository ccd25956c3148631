package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.rules.Assessment;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;

class EnterpriseTest {

    static final Instant NOW = Instant.parse("2026-03-05T09:30:00Z");
    static final Assessment STARTING = new Assessment(100, RiskClass.A, List.of());
    static final Assessment ONE_FAILURE = new Assessment(85, RiskClass.B,
            List.of(new Contribution("r1", RecordType.SAMPLE_FAILED, -15)));

    final Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_A, STARTING);

    @Test
    void an_enterprise_first_seen_is_in_the_starting_class_and_in_the_region_of_its_uscc() {
        Enterprise first = Enterprise.open(ContractFixtures.USCC_B, STARTING);

        assertThat(first.riskClass()).isEqualTo(RiskClass.A);
        assertThat(first.score()).isEqualTo(100);
        assertThat(first.region()).isEqualTo("330106");
        assertThat(first.raisedEvents()).isEmpty();
    }

    @Test
    void a_class_change_raises_one_class_changed_event() {
        enterprise.reassess(ONE_FAILURE, NOW);

        assertThat(enterprise.raisedEvents())
                .containsExactly(new CreditClassChanged(ContractFixtures.USCC_A, "A", "B", 85, NOW));
        assertThat(enterprise.explanation()).isEqualTo(ONE_FAILURE.explanation());
        assertThat(enterprise.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void assessing_the_same_records_again_changes_nothing_and_raises_nothing_more() {
        enterprise.reassess(ONE_FAILURE, NOW);

        enterprise.reassess(ONE_FAILURE, NOW.plusSeconds(60));

        assertThat(enterprise.raisedEvents()).hasSize(1);
        assertThat(enterprise.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void a_score_that_moves_within_its_class_raises_no_event() {
        enterprise.reassess(new Assessment(95, RiskClass.A,
                List.of(new Contribution("r1", RecordType.SAMPLE_FAILED, -5))), NOW);

        assertThat(enterprise.score()).isEqualTo(95);
        assertThat(enterprise.raisedEvents()).isEmpty();
    }

    @Test
    void the_name_and_region_an_event_carried_replace_what_was_known() {
        enterprise.describe("杭州示例食品有限公司", "330102");
        enterprise.describe(null, null);

        assertThat(enterprise.name()).isEqualTo("杭州示例食品有限公司");
        assertThat(enterprise.region()).isEqualTo("330102");
    }
}
