package org.qsp.recall.lead;

import org.qsp.platform.errors.Rejected;

/**
 * Where a lead stands, and the moves the rules allow:
 *
 * <pre>
 * OPEN          → DISMISSED, INVESTIGATING    the regulator dismisses it with a reason, or opens an investigation
 * DISMISSED, INVESTIGATING                    final
 * </pre>
 */
public enum LeadStatus {
    OPEN, DISMISSED, INVESTIGATING;

    public boolean canBecome(LeadStatus target) {
        return this == OPEN && target != OPEN;
    }

    public boolean isFinal() {
        return this != OPEN;
    }

    LeadStatus to(LeadStatus target, String leadId) {
        if (!canBecome(target)) {
            throw new Rejected("illegal-transition", "lead " + leadId + " is " + this + "; it cannot become " + target);
        }
        return target;
    }
}
