package org.qsp.complaint.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.complaint.cases.MediationOutcome;
import org.qsp.complaint.cases.Mediation;
import org.qsp.complaint.cases.RejectionReason;
import org.qsp.complaint.cases.ReportHandling;
import org.qsp.platform.web.MultilineText;

/** The bodies of the regulator's and the parties' actions on a case. */
final class HandlingRequests {

    private HandlingRequests() {
    }

    enum Verdict {
        ACCEPT, REJECT
    }

    /** {@code {"decision": "ACCEPT"}} or {@code {"decision": "REJECT", "reason": "<code>", "note": "…"}}. */
    record Decision(@NotNull Verdict decision, RejectionReason reason, @Size(max = 1000) @MultilineText String note) {
    }

    record SendBack(@NotBlank @Size(max = 1000) @MultilineText String reason) {
    }

    record Statement(@NotBlank @Size(max = 2000) @MultilineText String text) {
    }

    record Pause(@NotNull Mediation.Pause reason) {
    }

    record Conclusion(@NotNull MediationOutcome outcome, Boolean violationFound) {
    }

    record Extension(@NotNull ReportHandling.Extension what, @NotBlank @Size(max = 50) String approver,
            @NotBlank @Size(max = 1000) @MultilineText String reason) {
    }

    /**
     * {@code {"substantiated": true, "violation": "…", "legalBasis": "…", "penaltyDecided": true}};
     * {@code correctionRequired} (default: substantiated) says whether the violation needs correction (a
     * rectification task).
     */
    record ReportDecision(@NotNull Boolean substantiated, @Size(max = 1000) @MultilineText String violation,
            @Size(max = 500) String legalBasis, @NotNull Boolean penaltyDecided, Boolean correctionRequired) {
    }
}
