package org.qsp.inspection.sample;

import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.Rejected;

/** What the way from a result to its final verdict refuses, each with its stable code (422 or 409). */
final class VerdictRefused {

    private VerdictRefused() {
    }

    static Rejected noResult(String sampleId) {
        return new Rejected("no-result", "sample " + sampleId + " has no result yet");
    }

    static Rejected notFailed(String sampleId) {
        return new Rejected("result-not-failed", "sample " + sampleId + " passed: there is nothing to accept or contest");
    }

    static Rejected alreadyFinal(String sampleId, FinalVerdict verdict) {
        return new Rejected("result-final", "the verdict of sample " + sampleId + " is final (" + verdict.verdict()
                + ", " + verdict.basis() + ")");
    }

    static Rejected riskMonitoring(String sampleId) {
        return new Rejected("risk-monitoring-final", "sample " + sampleId
                + " is a risk-monitoring sample: its result is final, with no objection or re-test");
    }

    static Rejected contested(String sampleId, Contest contest) {
        return new Rejected("result-contested", "the result of sample " + sampleId + " is contested ("
                + contest.kind() + " of " + contest.at() + ")");
    }

    static Rejected windowClosed(String sampleId, Contest.Kind kind, java.time.LocalDate lastDay) {
        return new Rejected(kind == Contest.Kind.OBJECTION ? "objection-window-closed" : "retest-window-closed",
                "the window to contest the result of sample " + sampleId + " closed at the end of " + lastDay);
    }

    static Rejected wrongKind(String sampleId, ProductClass productClass, Contest.Kind asked) {
        return asked == Contest.Kind.OBJECTION
                ? new Rejected("objection-not-for-product-class", "sample " + sampleId + " is of a " + productClass
                        + " product: apply for a re-test instead of objecting")
                : new Rejected("retest-not-for-product-class", "sample " + sampleId + " is of a " + productClass
                        + " product: object instead of applying for a re-test");
    }

    static Rejected microbiological(String sampleId) {
        return new Rejected("retest-not-for-microbiological", "sample " + sampleId
                + " failed on a microbiological item: there is no re-test for microbiological failures");
    }

    static Rejected nothingPending(String sampleId, Contest.Kind kind) {
        return new Rejected(kind == Contest.Kind.OBJECTION ? "no-objection-pending" : "no-retest-pending",
                "sample " + sampleId + " has no pending " + (kind == Contest.Kind.OBJECTION ? "objection"
                        : "re-test application"));
    }

    static Conflict contestConflict(String sampleId) {
        return new Conflict("contest-conflict", "the result of sample " + sampleId
                + " was already contested with another reason");
    }

    static Conflict decisionConflict(String sampleId) {
        return new Conflict("decision-conflict", "sample " + sampleId + " was already decided otherwise");
    }
}
