package org.qsp.inspection.plan;

import org.qsp.platform.errors.NotFound;
import org.qsp.platform.ids.DerivedIds;

/**
 * A plan's id: {@code PL-} and 24 hex digits derived from the regulator who published it and their Idempotency-Key,
 * so that a retried publication finds the plan it made (docs/adr/0004).
 */
public record PlanId(String value) {

    private static final String FORMAT = "PL-[0-9a-f]{24}";

    public PlanId {
        if (value == null || !value.matches(FORMAT)) {
            throw new NotFound(Plan.DESCRIPTION, String.valueOf(value));
        }
    }

    public static PlanId forPublication(String regulator, String idempotencyKey) {
        return new PlanId("PL-" + DerivedIds.hex(12, "plan", regulator, idempotencyKey));
    }

    @Override
    public String toString() {
        return value;
    }
}
