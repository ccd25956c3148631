package org.qsp.recall.recalls;

import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.ids.DerivedIds;

/**
 * A recall's id, which is also its public recall number: {@code RC-} and 12 characters of Crockford's base 32,
 * derived from what makes the recall unique, so that a retry finds the recall it made. A recall that comes of an
 * investigation (ordered, or filed voluntarily during it) derives from the investigation: one recall per
 * investigation. A producer's recall of its own accord derives from the producer and its Idempotency-Key.
 */
public record RecallId(String value) {

    private static final String FORMAT = "RC-[0-9A-Z]{12}";

    public RecallId {
        if (value == null || !value.matches(FORMAT)) {
            throw new InvalidField("invalid-recall-number", "recallNumber",
                    "a recall number is RC- followed by 12 digits and capital letters");
        }
    }

    public static RecallId forInvestigation(String investigationId) {
        return new RecallId("RC-" + DerivedIds.base32(12, "investigation", investigationId));
    }

    public static RecallId forFiling(String uscc, String idempotencyKey) {
        return new RecallId("RC-" + DerivedIds.base32(12, "filing", uscc, idempotencyKey));
    }

    @Override
    public String toString() {
        return value;
    }
}
