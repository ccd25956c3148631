package org.qsp.inspection.sample;

import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * The regulator's decision on an objection: the verdict is confirmed (the FAIL is final) or overturned (the sample
 * is final as PASS), with the reasons.
 */
public record ObjectionDecision(Outcome outcome, String note) {

    public enum Outcome {
        VERDICT_CONFIRMED, VERDICT_OVERTURNED
    }

    public ObjectionDecision {
        Objects.requireNonNull(outcome, "outcome");
        note = Text.stripToNull(note);
        if (note == null) {
            throw new InvalidField("validation-failed", "note", "note (the reasons of the decision) is required");
        }
    }

    Verdict verdict() {
        return outcome == Outcome.VERDICT_CONFIRMED ? Verdict.FAIL : Verdict.PASS;
    }
}
