package org.qsp.complaint.cases;

import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.Rejected;

/** The refusals of the case rules, each with its stable problem code. */
public final class CaseErrors {

    public static final String DESCRIPTION = "complaint case";

    private CaseErrors() {
    }

    /** The caller may not see this case: it answers as a case that does not exist (404). */
    public static NotFound notYours(String caseId) {
        return new NotFound(DESCRIPTION, caseId);
    }

    public static Conflict intakeConflict(String caseId) {
        return new Conflict("idempotency-key-reused",
                "this Idempotency-Key was used for another submission (case " + caseId + "); use a new key");
    }

    public static DomainException illegal(String caseId, CaseStatus status, String action) {
        return new Rejected("illegal-transition", "case " + caseId + " is " + status + "; it cannot " + action);
    }

    public static DomainException wrongProcedure(String caseId, CaseKind kind, String action) {
        return new Rejected("wrong-procedure", "case " + caseId + " is a " + kind + "; only the other procedure can "
                + action);
    }

    public static DomainException rejected(String code, String message) {
        return new Rejected(code, message);
    }
}
