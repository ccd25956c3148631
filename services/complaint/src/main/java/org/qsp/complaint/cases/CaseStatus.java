package org.qsp.complaint.cases;

import org.qsp.platform.state.Transitions;

/**
 * Where a case stands (DOMAIN.md §5), and the moves the rules allow:
 *
 * <pre>
 * RECEIVED        → ACCEPTED, REJECTED                      dispatched to an authority; accepted or not within 7 working days
 * ACCEPTED        → MEDIATING, MEDIATION_ENDED, REPORT_DECIDED  a complaint waits for both consents (or ends without);
 *                                                           a report is verified and decided
 * MEDIATING       → MEDIATION_ENDED                         both parties consented; ends with a termination code
 * REJECTED, MEDIATION_ENDED, REPORT_DECIDED                 final
 * </pre>
 * Sending a case back as not competent keeps it RECEIVED (at another authority).
 */
public enum CaseStatus {
    RECEIVED, ACCEPTED, REJECTED, MEDIATING, MEDIATION_ENDED, REPORT_DECIDED;

    private static final Transitions<CaseStatus> MOVES = Transitions.of(CaseStatus.class)
            .allow(RECEIVED, ACCEPTED, REJECTED)
            .allow(ACCEPTED, MEDIATING, MEDIATION_ENDED, REPORT_DECIDED)
            .allow(MEDIATING, MEDIATION_ENDED)
            .allow(REJECTED)
            .allow(MEDIATION_ENDED)
            .allow(REPORT_DECIDED)
            .complete();

    public boolean canBecome(CaseStatus target) {
        return MOVES.allows(this, target);
    }

    public boolean isFinal() {
        return MOVES.isFinal(this);
    }
}
