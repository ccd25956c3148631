package org.qsp.recall.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.recall.RecallInvestigationConcluded;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.DomainException;
import org.qsp.recall.defect.Callers;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.Evidence;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;

/**
 * What each party may do to an investigation in each state, before and after the producer's objection window closes
 * (the deadline day itself still belongs to the window).
 */
class InvestigationRulesTest {

    static final String USCC = "91330100MA27XY012B";
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 23);
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final Caller PRODUCER = Callers.enterprise(USCC);
    static final Caller REGULATOR = Callers.regulator("330100");

    @ParameterizedTest(name = "{0}, {1} on {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "OPEN                 | object   | 2026-03-23 | OBJECTED",
            "OPEN                 | object   | 2026-03-24 | objection-window-closed",
            "OPEN                 | conclude | 2026-03-23 | objection-window-open",
            "OPEN                 | conclude | 2026-03-24 | CONCLUDED",
            "OPEN                 | order    | 2026-03-23 | objection-window-open",
            "OPEN                 | order    | 2026-03-24 | RECALL_ORDERED",
            "OBJECTED             | conclude | 2026-03-10 | CONCLUDED",
            "OBJECTED             | order    | 2026-03-30 | objection-pending",
            "OBJECTED             | object   | 2026-03-10 | OBJECTED",
            "CONCLUDED_DEFECT     | order    | 2026-03-30 | RECALL_ORDERED",
            "CONCLUDED_NO_DEFECT  | order    | 2026-03-30 | no-defect",
            "CONCLUDED_DEFECT     | object   | 2026-03-10 | illegal-transition",
            "RECALL_ORDERED       | conclude | 2026-03-30 | illegal-transition",
            "RECALL_ORDERED       | object   | 2026-03-10 | illegal-transition"})
    void the_rules_of_the_objection_window_and_of_ordering(String state, String action, LocalDate today,
            String outcome) {
        Investigation investigation = in(state);
        Runnable act = switch (action) {
            case "object" -> () -> investigation.object(PRODUCER, "检验方法不适用", List.of(
                    new Evidence(Evidence.Type.TEST_REPORT, "report:2026-777")), AT, today);
            case "conclude" -> () -> investigation.conclude(REGULATOR, Conclusion.DEFECT_CONFIRMED, "缺陷成立", AT,
                    today);
            case "order" -> () -> investigation.recallOrdered(REGULATOR, "RC-000000000000", AT, today);
            default -> throw new IllegalArgumentException(action);
        };
        if (outcome.equals(outcome.toUpperCase())) {
            act.run();
            assertThat(investigation.status()).isEqualTo(InvestigationStatus.valueOf(outcome));
        } else {
            InvestigationStatus before = investigation.status();
            assertThatThrownBy(act::run).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(outcome);
            assertThat(investigation.status()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OPEN", "OBJECTED"})
    void an_order_after_an_unobjected_window_concludes_the_defect_only_then(String state) {
        Investigation investigation = in(state);
        if (state.equals("OBJECTED")) {
            investigation.conclude(REGULATOR, Conclusion.DEFECT_CONFIRMED, "异议不成立", AT, DEADLINE);
        }
        int raisedBefore = investigation.raisedEvents().size();
        investigation.recallOrdered(REGULATOR, "RC-000000000000", AT, DEADLINE.plusDays(1));
        List<RecallInvestigationConcluded> concluded = investigation.raisedEvents().stream()
                .filter(RecallInvestigationConcluded.class::isInstance).map(RecallInvestigationConcluded.class::cast)
                .toList();
        assertThat(concluded).singleElement().satisfies(c -> {
            assertThat(c.conclusion()).isEqualTo("DEFECT_CONFIRMED");
            assertThat(c.objected()).isEqualTo(state.equals("OBJECTED"));
        });
        assertThat(investigation.raisedEvents().size() - raisedBefore).isEqualTo(state.equals("OPEN") ? 1 : 0);
        assertThat(investigation.recallId()).isEqualTo("RC-000000000000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"another enterprise", "a regulator of another city"})
    void nobody_but_the_producer_objects_and_nobody_but_the_regulator_of_the_region_concludes(String who) {
        Investigation investigation = in("OPEN");
        Caller other = who.startsWith("another") ? Callers.enterprise("91330106MA2B3C4D5D")
                : Callers.regulator("330200");
        assertThatThrownBy(() -> investigation.object(other, "x", List.of(), AT, DEADLINE))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("not-found");
        assertThatThrownBy(() -> investigation.conclude(other, Conclusion.NO_DEFECT, "x", AT, DEADLINE.plusDays(1)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("not-found");
        assertThat(investigation.status()).isEqualTo(InvestigationStatus.OPEN);
    }

    static Investigation in(String state) {
        Investigation i = Investigation.open(InvestigationId.forLead("RL-0123456789abcdef01234567"),
                "RL-0123456789abcdef01234567", new DefectSubject(new Producer(USCC, "杭州示例食品有限公司", "330106"),
                        new Product("速冻水饺", "好味", "500g/袋", "20260201"), null, "330106", "菌落总数超标"),
                AT, DEADLINE);
        switch (state) {
            case "OPEN" -> {
            }
            case "OBJECTED" -> i.object(PRODUCER, "检验方法不适用", List.of(
                    new Evidence(Evidence.Type.TEST_REPORT, "report:2026-777")), AT, DEADLINE);
            case "CONCLUDED_DEFECT" -> i.conclude(REGULATOR, Conclusion.DEFECT_CONFIRMED, "缺陷成立", AT,
                    DEADLINE.plusDays(1));
            case "CONCLUDED_NO_DEFECT" -> i.conclude(REGULATOR, Conclusion.NO_DEFECT, "未发现缺陷", AT,
                    DEADLINE.plusDays(1));
            case "RECALL_ORDERED" -> i.recallOrdered(REGULATOR, "RC-000000000000", AT, DEADLINE.plusDays(1));
            default -> throw new IllegalArgumentException(state);
        }
        return i;
    }
}
