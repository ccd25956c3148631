package org.qsp.complaint.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "RECEIVED        | ACCEPTED REJECTED",
            "ACCEPTED        | MEDIATING MEDIATION_ENDED REPORT_DECIDED",
            "MEDIATING       | MEDIATION_ENDED",
            "REJECTED        | ''",
            "MEDIATION_ENDED | ''",
            "REPORT_DECIDED  | ''"})
    void each_status_allows_exactly_the_moves_of_the_table(CaseStatus from, String allowed) {
        Set<CaseStatus> expected = EnumSet.noneOf(CaseStatus.class);
        for (String name : allowed.isBlank() ? new String[0] : allowed.trim().split("\\s+")) {
            expected.add(CaseStatus.valueOf(name));
        }
        for (CaseStatus to : CaseStatus.values()) {
            assertThat(from.canBecome(to)).as("%s → %s", from, to).isEqualTo(expected.contains(to));
        }
        assertThat(from.isFinal()).isEqualTo(expected.isEmpty());
    }
}
