package org.qsp.recall.investigation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qsp.platform.errors.Rejected;

/**
 * Where a defect investigation (缺陷调查) stands, and the moves the rules allow:
 *
 * <pre>
 * OPEN            → OBJECTED, CONCLUDED, RECALL_ORDERED   the producer objects within its window; or, the window
 *                                                         passed without an objection, the regulator concludes or
 *                                                         orders a recall (the defect stood unobjected)
 * OBJECTED        → CONCLUDED                             the regulator weighs the objection and concludes
 * CONCLUDED       → RECALL_ORDERED                        a confirmed defect: the regulator orders the recall
 * RECALL_ORDERED                                          final
 * </pre>
 * A conclusion of NO_DEFECT ends the investigation in CONCLUDED.
 */
public enum InvestigationStatus {
    OPEN, OBJECTED, CONCLUDED, RECALL_ORDERED;

    private static final Map<InvestigationStatus, Set<InvestigationStatus>> NEXT =
            new EnumMap<>(InvestigationStatus.class);

    static {
        allow(OPEN, OBJECTED, CONCLUDED, RECALL_ORDERED);
        allow(OBJECTED, CONCLUDED);
        allow(CONCLUDED, RECALL_ORDERED);
        allow(RECALL_ORDERED);
    }

    private static void allow(InvestigationStatus from, InvestigationStatus... to) {
        Set<InvestigationStatus> targets = EnumSet.noneOf(InvestigationStatus.class);
        targets.addAll(List.of(to));
        NEXT.put(from, Collections.unmodifiableSet(targets));
    }

    public boolean canBecome(InvestigationStatus target) {
        return NEXT.get(this).contains(target);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    InvestigationStatus to(InvestigationStatus target, String investigationId) {
        if (!canBecome(target)) {
            throw new Rejected("illegal-transition",
                    "investigation " + investigationId + " is " + this + "; it cannot become " + target);
        }
        return target;
    }
}
