package org.qsp.recall.investigation;

import org.qsp.platform.state.Transitions;

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

    private static final Transitions<InvestigationStatus> MOVES = Transitions.of(InvestigationStatus.class)
            .allow(OPEN, OBJECTED, CONCLUDED, RECALL_ORDERED)
            .allow(OBJECTED, CONCLUDED)
            .allow(CONCLUDED, RECALL_ORDERED)
            .allow(RECALL_ORDERED)
            .complete();

    public boolean canBecome(InvestigationStatus target) {
        return MOVES.allows(this, target);
    }

    public boolean isFinal() {
        return MOVES.isFinal(this);
    }

    InvestigationStatus to(InvestigationStatus target, String investigationId) {
        return MOVES.move(this, target, "investigation " + investigationId);
    }
}
