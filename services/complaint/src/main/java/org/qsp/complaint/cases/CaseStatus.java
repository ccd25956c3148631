package org.qsp.complaint.cases;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        allow(RECEIVED, ACCEPTED, REJECTED);
        allow(ACCEPTED, MEDIATING, MEDIATION_ENDED, REPORT_DECIDED);
        allow(MEDIATING, MEDIATION_ENDED);
        allow(REJECTED);
        allow(MEDIATION_ENDED);
        allow(REPORT_DECIDED);
    }

    private static void allow(CaseStatus from, CaseStatus... to) {
        Set<CaseStatus> targets = EnumSet.noneOf(CaseStatus.class);
        targets.addAll(List.of(to));
        NEXT.put(from, Collections.unmodifiableSet(targets));
    }

    public boolean canBecome(CaseStatus target) {
        return NEXT.get(this).contains(target);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
