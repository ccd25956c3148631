package org.qsp.recall.recalls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.StateTables;

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
        StateTables.assertRow(from, allowed, RecallStatus::canBecome, RecallStatus::isFinal);
        assertThat(from.publicName()).isEqualTo(publicName);
    }
}
