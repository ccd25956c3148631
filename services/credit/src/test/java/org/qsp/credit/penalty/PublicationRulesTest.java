package org.qsp.credit.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.TestCalendars;

/** The periods of penalty publication on the shipped 2026 calendar (holidays and 调休 make-up days). */
class PublicationRulesTest {

    private final PublicationRules rules = new PublicationRules(TestCalendars.deadlines(), PublicationPolicy.defaults());

    @ParameterizedTest(name = "decided {0}, recorded {1}: publish by {2}, late {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # across the Spring Festival (2-15..2-23 off), with the make-up Saturdays 2-14 and 2-28 counted
            2026-02-10 | 2026-02-11T02:00:00Z | 2026-03-16 | false
            2026-02-10 | 2026-03-16T09:00:00Z | 2026-03-16 | false
            # 00:30 on 17 March in Shanghai: one day late, published at once
            2026-02-10 | 2026-03-16T16:30:00Z | 2026-03-16 | true
            # across Labour Day (5-1..5-5 off), with the make-up Saturday 5-9
            2026-04-24 | 2026-04-24T08:00:00Z | 2026-05-26 | false
            # the make-up Sunday 9-20, the Mid-Autumn and National Day holidays, the make-up Saturday 10-10
            2026-09-18 | 2026-10-23T01:00:00Z | 2026-10-22 | true
            # an ordinary stretch of weeks
            2026-03-02 | 2026-03-02T02:00:00Z | 2026-03-30 | false
            """)
    void a_decision_is_published_within_20_working_days_and_at_once_when_recorded_late(LocalDate decided,
            Instant recorded, LocalDate publishBy, boolean late) {
        var publication = rules.publish(decided, recorded, PenaltyKind.FINE, new BigDecimal("50000"));

        assertThat(publication.publishBy()).isEqualTo(publishBy);
        assertThat(publication.late()).isEqualTo(late);
        assertThat(publication.publishedAt()).isEqualTo(recorded);
    }

    @ParameterizedTest(name = "{0} {1}: shown until {2}")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            WARNING            | none     | 2026-06-02T02:00:00Z
            CRITICISM          | none     | 2026-06-02T02:00:00Z
            FINE               | 500      | 2026-06-02T02:00:00Z
            FINE               | 10000    | 2026-06-02T02:00:00Z
            FINE               | 10000.01 | 2029-03-02T02:00:00Z
            FINE               | 50000    | 2029-03-02T02:00:00Z
            CONFISCATION       | none     | 2029-03-02T02:00:00Z
            CONFISCATION       | 800      | 2029-03-02T02:00:00Z
            SUSPENSION         | none     | 2029-03-02T02:00:00Z
            LICENCE_REVOCATION | none     | 2029-03-02T02:00:00Z
            """)
    void criticism_warnings_and_small_fines_are_shown_3_months_everything_else_3_years(PenaltyKind kind,
            BigDecimal fine, Instant shownUntil) {
        var publication = rules.publish(LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T02:00:00Z"), kind, fine);

        assertThat(publication.shownUntil()).isEqualTo(shownUntil);
    }

    @ParameterizedTest(name = "revoked {0}: withdraw by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # National Day (10-1..10-7 off), then the make-up Saturday 10-10
            2026-09-30T02:00:00Z | 2026-10-10
            # the make-up Saturday 2-14, the Spring Festival
            2026-02-13T02:00:00Z | 2026-02-25
            # 01:00 on 13 February in Shanghai: the same day as above
            2026-02-12T17:00:00Z | 2026-02-25
            2026-03-04T02:00:00Z | 2026-03-09
            """)
    void a_revoked_decision_is_withdrawn_at_once_and_due_within_3_working_days(Instant revoked, LocalDate withdrawBy) {
        var withdrawal = rules.withdraw(revoked);

        assertThat(withdrawal.withdrawBy()).isEqualTo(withdrawBy);
        assertThat(withdrawal.withdrawnAt()).isEqualTo(revoked);
    }
}
