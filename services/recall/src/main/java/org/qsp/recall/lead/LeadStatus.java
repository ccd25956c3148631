package org.qsp.recall.lead;

import org.qsp.platform.state.Transitions;

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

    private static final Transitions<LeadStatus> MOVES = Transitions.of(LeadStatus.class)
            .allow(OPEN, DISMISSED, INVESTIGATING)
            .allow(DISMISSED)
            .allow(INVESTIGATING)
            .complete();

    public boolean canBecome(LeadStatus target) {
        return MOVES.allows(this, target);
    }

    public boolean isFinal() {
        return MOVES.isFinal(this);
    }

    LeadStatus to(LeadStatus target, String leadId) {
        return MOVES.move(this, target, "lead " + leadId);
    }
}
