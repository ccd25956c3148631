package org.qsp.complaint.cases;

import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.ids.DerivedIds;

/**
 * A case id: {@code CC-} and 24 hex digits derived from who filed and their Idempotency-Key, so that a retried
 * intake finds the case it created. The report twin of a submission that was both gets an id derived the same way
 * but unrelated in form, so that nobody outside the authority can tell from two ids that the complainant they see
 * is the reporter of the other case.
 */
public record CaseId(String value) {

    private static final String FORMAT = "CC-[0-9a-f]{24}";

    public CaseId {
        if (value == null || !value.matches(FORMAT)) {
            throw new InvalidField("invalid-case-id", "caseId", "a case id is CC- followed by 24 hex digits");
        }
    }

    public static CaseId forIntake(String filer, String idempotencyKey) {
        return new CaseId("CC-" + DerivedIds.hex(12, filer, idempotencyKey));
    }

    /** The report case of a submission that was both a complaint and a report. */
    public static CaseId reportTwin(String filer, String idempotencyKey) {
        return forIntake(filer, idempotencyKey + "\nreport twin");
    }

    @Override
    public String toString() {
        return value;
    }
}
