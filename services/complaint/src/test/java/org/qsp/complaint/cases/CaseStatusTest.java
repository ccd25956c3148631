package org.qsp.complaint.cases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.StateTables;

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
        StateTables.assertRow(from, allowed, CaseStatus::canBecome, CaseStatus::isFinal);
    }
}
