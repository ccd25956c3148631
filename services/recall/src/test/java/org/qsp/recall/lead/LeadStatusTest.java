package org.qsp.recall.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "OPEN          | DISMISSED INVESTIGATING",
            "DISMISSED     | ''",
            "INVESTIGATING | ''"})
    void each_status_allows_exactly_the_moves_of_the_table(LeadStatus from, String allowed) {
        Set<LeadStatus> expected = EnumSet.noneOf(LeadStatus.class);
        for (String name : allowed.isBlank() ? new String[0] : allowed.trim().split("\\s+")) {
            expected.add(LeadStatus.valueOf(name));
        }
        for (LeadStatus to : LeadStatus.values()) {
            assertThat(from.canBecome(to)).as("%s → %s", from, to).isEqualTo(expected.contains(to));
        }
        assertThat(from.isFinal()).isEqualTo(expected.isEmpty());
    }
}
