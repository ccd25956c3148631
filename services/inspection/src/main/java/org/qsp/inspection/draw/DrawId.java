package org.qsp.inspection.draw;

import org.qsp.platform.errors.NotFound;
import org.qsp.platform.ids.DerivedIds;

/** A draw's id: {@code DR-} and 24 hex digits derived from the plan, the regulator and their Idempotency-Key. */
public record DrawId(String value) {

    public DrawId {
        if (value == null || !value.matches("DR-[0-9a-f]{24}")) {
            throw new NotFound(Draw.DESCRIPTION, String.valueOf(value));
        }
    }

    public static DrawId of(String planId, String regulator, String idempotencyKey) {
        return new DrawId("DR-" + DerivedIds.hex(12, "draw", planId, regulator, idempotencyKey));
    }
}
