package org.qsp.inspection.sample.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.inspection.sample.ObjectionDecision;
import org.qsp.inspection.sample.RetestConclusion;
import org.qsp.inspection.sample.Verdict;

/** The bodies of the way from a FAIL to its final verdict. */
final class VerdictRequests {

    private VerdictRequests() {
    }

    /** An objection or a re-test application: why the enterprise contests the result. */
    record ContestRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    /** The regulator's decision on an objection, with its reasons. */
    record DecisionRequest(@NotNull ObjectionDecision.Outcome outcome, @NotBlank @Size(max = 4000) String note) {

        ObjectionDecision toDecision() {
            return new ObjectionDecision(outcome, note);
        }
    }

    /** The re-test's conclusion: the other lab, its verdict, its report number or remarks (optional). */
    record RetestConclusionRequest(@NotNull Verdict verdict, @NotBlank @Size(max = 200) String lab,
            @Size(max = 4000) String note) {

        RetestConclusion toConclusion() {
            return new RetestConclusion(verdict, lab, note);
        }
    }
}
