package org.qsp.inspection.sample;

import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * One tested item: what was measured against which limit, and its verdict.
 *
 * @param method         the test method or standard, when given (may be null)
 * @param safetyRelated  whether a failure of this item is a hazard (a recall lead)
 * @param microbiological whether the item is microbiological (菌落总数, 大肠菌群…): a food FAIL on such an item has
 *                       no re-test
 */
public record ItemResult(String item, String method, String limit, String measured, String unit, Verdict verdict,
        boolean safetyRelated, boolean microbiological) {

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

    public ItemResult(String item, String method, String limit, String measured, String unit, Verdict verdict,
            boolean safetyRelated) {
        this(item, method, limit, measured, unit, verdict, safetyRelated, false);
    }

    public boolean failed() {
        return verdict == Verdict.FAIL;
    }
}
