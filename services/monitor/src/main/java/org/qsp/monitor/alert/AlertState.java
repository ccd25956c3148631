package org.qsp.monitor.alert;

import org.qsp.platform.errors.Conflict;
import org.qsp.platform.state.Transitions;

/**
 * Where an alert stands, and the moves allowed:
 *
 * <pre>
 * OPEN          → ACKNOWLEDGED, RESOLVED   a regulator takes it up, or resolves it at once
 * ACKNOWLEDGED  → RESOLVED
 * RESOLVED                                 final
 * </pre>
 * Any other move is a 409 {@code illegal-transition}.
 */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED;

    private static final Transitions<AlertState> MOVES = Transitions.of(AlertState.class)
            .allow(OPEN, ACKNOWLEDGED, RESOLVED)
            .allow(ACKNOWLEDGED, RESOLVED)
            .allow(RESOLVED)
            .complete();

    public boolean canBecome(AlertState target) {
        return MOVES.allows(this, target);
    }

    AlertState to(AlertState target, String alertId) {
        if (!canBecome(target)) {
            throw new Conflict("illegal-transition", "alert " + alertId + " is " + this + "; it cannot become "
                    + target);
        }
        return target;
    }
}
