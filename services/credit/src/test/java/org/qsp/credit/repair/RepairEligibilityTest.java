package org.qsp.credit.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.TestCalendars;

class RepairEligibilityTest {

    private final RepairEligibility eligibility = new RepairEligibility(RepairPolicy.defaults(),
            TestCalendars.SHANGHAI);

    /** Served since 1 January 2026, 00:00 in Shanghai. */
    private static final Instant SINCE = Instant.parse("2025-12-31T16:00:00Z");

    @ParameterizedTest(name = "{0}, strict {1}, standing {2}, now {3}: {4} ({5}, from {6})")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            PENALTY      | false | true  | 2026-06-30T15:59:59Z | false | repair-too-early    | 2026-07-01
            PENALTY      | false | true  | 2026-06-30T16:00:00Z | true  | none                | 2026-07-01
            PENALTY      | true  | true  | 2026-07-01T04:00:00Z | false | repair-too-early    | 2027-01-01
            PENALTY      | true  | true  | 2026-12-31T16:00:00Z | true  | none                | 2027-01-01
            SERIOUS_LIST | false | true  | 2026-12-30T04:00:00Z | false | repair-too-early    | 2027-01-01
            SERIOUS_LIST | false | true  | 2027-03-01T04:00:00Z | true  | none                | 2027-01-01
            PENALTY      | false | false | 2027-03-01T04:00:00Z | false | repair-target-ended | none
            SERIOUS_LIST | false | false | 2027-03-01T04:00:00Z | false | repair-target-ended | none
            """)
    void publication_after_6_months_1_year_in_strict_domains_the_serious_list_after_1_year_and_never_once_ended(
            RepairTarget target, boolean strict, boolean standing, Instant now, boolean eligible, String code,
            LocalDate from) {
        var verdict = eligibility.check(target, SINCE, strict, standing, now);

        assertThat(verdict.eligible()).isEqualTo(eligible);
        assertThat(verdict.code()).isEqualTo(code);
        assertThat(verdict.eligibleFrom()).isEqualTo(from);
    }
}
