package org.qsp.complaint.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a report is handled after acceptance: lead verification within 15 working days (+15), a decision within 90
 * days (+30), each extension once, with an approver and a reason; then the decision.
 */
public class ReportHandling {

    public enum Extension {
        VERIFICATION, DECISION
    }

    public record Extended(String approver, String reason, Instant at) {
    }

    public record Decision(boolean substantiated, String violation, String legalBasis, boolean penaltyDecided,
            boolean correctionRequired, Instant decidedAt) {
    }

    LocalDate verificationDeadline;
    LocalDate decisionDeadline;
    Extended verificationExtension;
    Extended decisionExtension;
    Decision decision;

    ReportHandling() {
    }

    ReportHandling(LocalDate verificationDeadline, LocalDate decisionDeadline) {
        this.verificationDeadline = verificationDeadline;
        this.decisionDeadline = decisionDeadline;
    }

    public LocalDate verificationDeadline() {
        return verificationDeadline;
    }

    public LocalDate decisionDeadline() {
        return decisionDeadline;
    }

    public Extended verificationExtension() {
        return verificationExtension;
    }

    public Extended decisionExtension() {
        return decisionExtension;
    }

    public Decision decision() {
        return decision;
    }
}
