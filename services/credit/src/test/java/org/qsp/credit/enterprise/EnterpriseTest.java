package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.rules.Assessment;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.TraceContext;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxEvent;
import tools.jackson.databind.json.JsonMapper;

class EnterpriseTest {

    static final Instant NOW = Instant.parse("2026-03-05T09:30:00Z");
    static final Assessment STARTING = new Assessment(100, RiskClass.A, List.of());
    static final Assessment ONE_FAILURE = new Assessment(85, RiskClass.B,
            List.of(new Contribution("r1", RecordType.SAMPLE_FAILED, -15)));

    final Outbox outbox = outbox();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void an_enterprise_first_seen_is_in_the_starting_class_and_in_the_region_of_its_uscc() {
        Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_B, STARTING);

        assertThat(enterprise.riskClass()).isEqualTo(RiskClass.A);
        assertThat(enterprise.score()).isEqualTo(100);
        assertThat(enterprise.region()).isEqualTo("330106");
        assertThat(enterprise.getOutbox()).isEmpty();
    }

    @Test
    void a_class_change_raises_one_class_changed_event_keyed_by_the_uscc() {
        Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_A, STARTING);

        assertThat(enterprise.reassess(ONE_FAILURE, outbox, NOW)).isTrue();

        assertThat(enterprise.getOutbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalog.CREDIT_CLASS_CHANGED.type());
            assertThat(event.key()).isEqualTo(ContractFixtures.USCC_A);
            assertThat(json.readTree(event.payload()).toString()).isEqualTo(
                    "{\"uscc\":\"91330100MA27XY012B\",\"previousClass\":\"A\",\"currentClass\":\"B\",\"score\":85,"
                            + "\"changedAt\":\"2026-03-05T09:30:00Z\"}");
        });
        assertThat(enterprise.explanation()).isEqualTo(ONE_FAILURE.explanation());
    }

    @Test
    void assessing_the_same_records_again_changes_nothing_and_raises_nothing() {
        Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_A, STARTING);
        enterprise.reassess(ONE_FAILURE, outbox, NOW);
        List<OutboxEvent> before = enterprise.getOutbox();

        assertThat(enterprise.reassess(ONE_FAILURE, outbox, NOW.plusSeconds(60))).isFalse();

        assertThat(enterprise.getOutbox()).isEqualTo(before);
    }

    @Test
    void a_score_that_moves_within_its_class_raises_no_event() {
        Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_A, STARTING);

        assertThat(enterprise.reassess(new Assessment(95, RiskClass.A,
                List.of(new Contribution("r1", RecordType.SAMPLE_FAILED, -5))), outbox, NOW)).isTrue();

        assertThat(enterprise.score()).isEqualTo(95);
        assertThat(enterprise.getOutbox()).isEmpty();
    }

    @Test
    void the_name_and_region_an_event_carried_replace_what_was_known() {
        Enterprise enterprise = Enterprise.open(ContractFixtures.USCC_A, STARTING);

        assertThat(enterprise.describe("杭州示例食品有限公司", "330102")).isTrue();
        assertThat(enterprise.describe("杭州示例食品有限公司", "330102")).isFalse();
        assertThat(enterprise.describe(null, null)).isFalse();

        assertThat(enterprise.name()).isEqualTo("杭州示例食品有限公司");
        assertThat(enterprise.region()).isEqualTo("330102");
    }

    private static Outbox outbox() {
        var beans = new StaticListableBeanFactory();
        return new Outbox(new EventCodec(JsonMapper.builder().build()), Clock.fixed(NOW, ZoneOffset.UTC),
                new TraceContext(beans.getBeanProvider(Tracer.class), beans.getBeanProvider(Propagator.class)));
    }
}
