package org.qsp.recall.investigation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.StateTables;

class InvestigationStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "OPEN           | OBJECTED CONCLUDED RECALL_ORDERED",
            "OBJECTED       | CONCLUDED",
            "CONCLUDED      | RECALL_ORDERED",
            "RECALL_ORDERED | ''"})
    void each_status_allows_exactly_the_moves_of_the_table(InvestigationStatus from, String allowed) {
        StateTables.assertRow(from, allowed, InvestigationStatus::canBecome, InvestigationStatus::isFinal);
    }
}
