package org.qsp.recall.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvestigationStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "OPEN           | OBJECTED CONCLUDED RECALL_ORDERED",
            "OBJECTED       | CONCLUDED",
            "CONCLUDED      | RECALL_ORDERED",
            "RECALL_ORDERED | ''"})
    void each_status_allows_exactly_the_moves_of_the_table(InvestigationStatus from, String allowed) {
        Set<InvestigationStatus> expected = EnumSet.noneOf(InvestigationStatus.class);
        for (String name : allowed.isBlank() ? new String[0] : allowed.trim().split("\\s+")) {
            expected.add(InvestigationStatus.valueOf(name));
        }
        for (InvestigationStatus to : InvestigationStatus.values()) {
            assertThat(from.canBecome(to)).as("%s → %s", from, to).isEqualTo(expected.contains(to));
        }
        assertThat(from.isFinal()).isEqualTo(expected.isEmpty());
    }
}
