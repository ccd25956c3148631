package org.qsp.inspection.sample;

import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * The conclusion of a re-test (复检): the other lab that tested the reserve sample, its verdict (final) and its
 * report number or remarks.
 */
public record RetestConclusion(Verdict verdict, String lab, String note) {

    public RetestConclusion {
        Objects.requireNonNull(verdict, "verdict");
        lab = Text.stripToNull(lab);
        note = Text.stripToNull(note);
        if (lab == null) {
            throw new InvalidField("validation-failed", "lab", "lab (the re-testing laboratory) is required");
        }
    }
}
