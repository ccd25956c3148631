package org.qsp.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A duty to tell a party something by a day: both parties of the end of a mediation (7 working days), a named
 * reporter of the decision on the report (5 working days). {@code recordedAt} is when the duty arose.
 */
public record Notification(Party party, Subject subject, LocalDate dueBy, Instant recordedAt) {

    public enum Party {
        COMPLAINANT, RESPONDENT, REPORTER
    }

    public enum Subject {
        MEDIATION_CONCLUDED, REPORT_DECIDED
    }
}
