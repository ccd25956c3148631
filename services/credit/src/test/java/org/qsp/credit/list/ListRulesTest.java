package org.qsp.credit.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.credit.CreditListEntered;
import org.qsp.contracts.credit.CreditListExited;
import org.qsp.credit.penalty.PenaltyKind;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.test.TestCalendars;

class ListRulesTest {

    private static final String USCC = "91330100MA27XY012B";
    private final ListRules rules = new ListRules(ListPolicy.defaults(), TestCalendars.SHANGHAI);

    @ParameterizedTest(name = "{0} {1}, serious {2}: enters {3}")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            FINE               | 100000    | true  | false
            FINE               | 100000.01 | true  | true
            FINE               | 2000000   | false | false
            FINE               | 5000      | true  | false
            CONFISCATION       | none      | true  | true
            CONFISCATION       | none      | false | false
            SUSPENSION         | none      | true  | true
            LICENCE_REVOCATION | none      | true  | true
            LICENCE_REVOCATION | none      | false | false
            WARNING            | none      | true  | false
            CRITICISM          | none      | true  | false
            """)
    void only_a_heavier_penalty_for_a_serious_violation_enters_the_serious_list(PenaltyKind kind, BigDecimal fine,
            boolean serious, boolean enters) {
        assertThat(rules.entersSeriousList(kind, fine, serious)).isEqualTo(enters);
    }

    @ParameterizedTest(name = "since {0}: serious until {1}, abnormal moves at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T02:00:00Z | 2029-03-02T02:00:00Z
            # 29 February of a leap year (Shanghai day 2028-02-29): 3 years later is 28 February
            2028-02-29T04:00:00Z | 2031-02-28T04:00:00Z
            """)
    void a_serious_entry_lasts_3_years_and_3_unfixed_abnormal_years_move_it(Instant since, Instant until) {
        assertThat(rules.seriousUntil(since)).isEqualTo(until);
        assertThat(rules.abnormalMovesAt(since)).isEqualTo(until);
    }

    @ParameterizedTest(name = "due at {0}, now {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2029-03-02T02:00:00Z | 2029-03-02T01:59:59Z | false
            2029-03-02T02:00:00Z | 2029-03-02T02:00:00Z | true
            2029-03-02T02:00:00Z | 2029-03-03T00:00:00Z | true
            """)
    void an_entry_ends_or_moves_once_its_time_has_come(Instant at, Instant now, boolean due) {
        assertThat(ListRules.due(at, now)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} entry leaves by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ABNORMAL_OPERATION | FIXED            | MISSED_ANNUAL_REPORT
            ABNORMAL_OPERATION | MOVED_TO_SERIOUS | UNREACHABLE_ADDRESS
            SERIOUS_DISHONESTY | EXPIRED          | SERIOUS_VIOLATION
            SERIOUS_DISHONESTY | REPAIRED         | SERIOUS_VIOLATION
            SERIOUS_DISHONESTY | REVOKED          | SERIOUS_VIOLATION
            SERIOUS_DISHONESTY | EXPIRED          | ABNORMAL_NOT_FIXED
            """)
    void an_entry_enters_and_exits_once_each_with_its_event(CreditList list, ListExit exit, ListReason reason) {
        Instant since = Instant.parse("2026-03-02T02:00:00Z");
        ListEntry entry = ListEntry.enter("E-1", reason, USCC, "示例", "330106", null, null, since,
                rules.seriousUntil(since));
        assertThat(entry.list()).isEqualTo(list);
        assertThat(entry.raisedEvents()).singleElement().isInstanceOfSatisfying(CreditListEntered.class, e -> {
            assertThat(e.list()).isEqualTo(list.name());
            assertThat(e.until()).isEqualTo(list == CreditList.SERIOUS_DISHONESTY ? rules.seriousUntil(since) : null);
        });

        Instant at = since.plusSeconds(86_400);
        entry.exit(exit, "n", at);
        entry.exit(ListExit.EXPIRED, "again", at.plusSeconds(60));

        assertThat(entry.open()).isFalse();
        assertThat(entry.exit()).isEqualTo(exit);
        assertThat(entry.exitedAt()).isEqualTo(at);
        List<Object> events = entry.raisedEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isEqualTo(new CreditListExited("E-1", USCC, list.name(), reason.name(), exit.name(),
                at));
    }

    @Test
    void a_serious_entry_is_not_removed_by_hand() {
        Instant since = Instant.parse("2026-03-02T02:00:00Z");
        ListEntry entry = ListEntry.enter("E-2", ListReason.SERIOUS_VIOLATION, USCC, "示例", "330106", "PN-1", null,
                since, rules.seriousUntil(since));

        assertThatThrownBy(() -> entry.exit(ListExit.FIXED, "n", since)).isInstanceOf(Rejected.class)
                .hasMessageContaining("not by removal");
        assertThat(entry.open()).isTrue();
    }
}
