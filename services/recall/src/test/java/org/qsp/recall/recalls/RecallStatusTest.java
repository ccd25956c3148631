package org.qsp.recall.recalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecallStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "PLAN_REQUIRED     | PLAN_SUBMITTED TERMINATED                    | ongoing",
            "PLAN_SUBMITTED    | ONGOING CHANGES_REQUESTED TERMINATED         | ongoing",
            "CHANGES_REQUESTED | PLAN_SUBMITTED TERMINATED                    | ongoing",
            "ONGOING           | SUMMARY_SUBMITTED TERMINATED                 | ongoing",
            "SUMMARY_SUBMITTED | COMPLETED TERMINATED                         | ongoing",
            "COMPLETED         | ''                                           | completed",
            "TERMINATED        | ''                                           | terminated"})
    void each_status_allows_exactly_the_moves_of_the_table(RecallStatus from, String allowed, String publicName) {
        Set<RecallStatus> expected = EnumSet.noneOf(RecallStatus.class);
        for (String name : allowed.isBlank() ? new String[0] : allowed.trim().split("\\s+")) {
            expected.add(RecallStatus.valueOf(name));
        }
        for (RecallStatus to : RecallStatus.values()) {
            assertThat(from.canBecome(to)).as("%s → %s", from, to).isEqualTo(expected.contains(to));
        }
        assertThat(from.isFinal()).isEqualTo(expected.isEmpty());
        assertThat(from.publicName()).isEqualTo(publicName);
    }
}
