package org.qsp.recall.lead;

import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.ids.DerivedIds;

/**
 * A lead's id: {@code RL-} and 24 hex digits derived from its source (the failed sample, the complaint cluster) or,
 * for a regulator's entry, from the regulator and their Idempotency-Key. A redelivered or replayed event, and a
 * retried entry, find the lead they opened.
 */
public record LeadId(String value) {

    private static final String FORMAT = "RL-[0-9a-f]{24}";

    public LeadId {
        if (value == null || !value.matches(FORMAT)) {
            throw new InvalidField("invalid-lead-id", "leadId", "a lead id is RL- followed by 24 hex digits");
        }
    }

    public static LeadId forSource(LeadSource.Type type, String sourceId) {
        return new LeadId("RL-" + DerivedIds.hex(12, type.name(), sourceId));
    }

    public static LeadId forEntry(String regulator, String idempotencyKey) {
        return new LeadId("RL-" + DerivedIds.hex(12, LeadSource.Type.MANUAL.name(), regulator, idempotencyKey));
    }

    @Override
    public String toString() {
        return value;
    }
}
