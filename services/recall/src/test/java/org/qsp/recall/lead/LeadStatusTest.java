package org.qsp.recall.lead;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.StateTables;

class LeadStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "OPEN          | DISMISSED INVESTIGATING",
            "DISMISSED     | ''",
            "INVESTIGATING | ''"})
    void each_status_allows_exactly_the_moves_of_the_table(LeadStatus from, String allowed) {
        StateTables.assertRow(from, allowed, LeadStatus::canBecome, LeadStatus::isFinal);
    }
}
