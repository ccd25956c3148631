package org.qsp.recall.investigation;

import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.ids.DerivedIds;

/** An investigation's id: {@code RI-} and 24 hex digits derived from its lead (one investigation per lead). */
public record InvestigationId(String value) {

    private static final String FORMAT = "RI-[0-9a-f]{24}";

    public InvestigationId {
        if (value == null || !value.matches(FORMAT)) {
            throw new InvalidField("invalid-investigation-id", "investigationId",
                    "an investigation id is RI- followed by 24 hex digits");
        }
    }

    public static InvestigationId forLead(String leadId) {
        return new InvestigationId("RI-" + DerivedIds.hex(12, "investigation", leadId));
    }

    @Override
    public String toString() {
        return value;
    }
}
