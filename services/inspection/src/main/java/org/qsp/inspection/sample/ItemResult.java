package org.qsp.inspection.sample;

import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * One tested item: what was measured against which limit, and its verdict.
 *
 * @param method         the test method or standard, when given (may be null)
 * @param safetyRelated  whether a failure of this item is a hazard (a recall lead)
 */
public record ItemResult(String item, String method, String limit, String measured, String unit, Verdict verdict,
        boolean safetyRelated) {

    public ItemResult {
        item = Text.strip(item);
        method = Text.stripToNull(method);
        limit = Text.strip(limit);
        measured = Text.strip(measured);
        unit = Text.strip(unit);
        if (item == null || item.isEmpty() || measured == null || measured.isEmpty() || limit == null
                || unit == null) {
            throw new InvalidField("validation-failed", "items", "each item needs item, limit, measured and unit");
        }
        Objects.requireNonNull(verdict, "verdict");
    }

    public boolean failed() {
        return verdict == Verdict.FAIL;
    }
}
