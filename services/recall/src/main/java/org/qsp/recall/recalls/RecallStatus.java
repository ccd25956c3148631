package org.qsp.recall.recalls;

import org.qsp.platform.state.Transitions;

/**
 * Where a recall stands (DOMAIN.md §6), and the moves the rules allow:
 *
 * <pre>
 * PLAN_REQUIRED      → PLAN_SUBMITTED, TERMINATED       an ordered recall waits for the producer's plan
 * PLAN_SUBMITTED     → ONGOING, CHANGES_REQUESTED, TERMINATED   the regulator accepts the plan or asks for changes
 * CHANGES_REQUESTED  → PLAN_SUBMITTED, TERMINATED       the producer files the plan again
 * ONGOING            → SUMMARY_SUBMITTED, TERMINATED    published; progress is reported; then the completion summary
 * SUMMARY_SUBMITTED  → COMPLETED, TERMINATED            the regulator closes the recall
 * COMPLETED, TERMINATED                                 final
 * </pre>
 * A voluntary recall starts in PLAN_SUBMITTED (its plan comes with it); the regulator may terminate any recall that
 * is not closed, with a reason.
 */
public enum RecallStatus {
    PLAN_REQUIRED, PLAN_SUBMITTED, CHANGES_REQUESTED, ONGOING, SUMMARY_SUBMITTED, COMPLETED, TERMINATED;

    private static final Transitions<RecallStatus> MOVES = Transitions.of(RecallStatus.class)
            .allow(PLAN_REQUIRED, PLAN_SUBMITTED, TERMINATED)
            .allow(PLAN_SUBMITTED, ONGOING, CHANGES_REQUESTED, TERMINATED)
            .allow(CHANGES_REQUESTED, PLAN_SUBMITTED, TERMINATED)
            .allow(ONGOING, SUMMARY_SUBMITTED, TERMINATED)
            .allow(SUMMARY_SUBMITTED, COMPLETED, TERMINATED)
            .allow(COMPLETED)
            .allow(TERMINATED)
            .complete();

    public boolean canBecome(RecallStatus target) {
        return MOVES.allows(this, target);
    }

    public boolean isFinal() {
        return MOVES.isFinal(this);
    }

    /** The public status: ongoing until the regulator closed it. */
    public String publicName() {
        return switch (this) {
            case COMPLETED -> "completed";
            case TERMINATED -> "terminated";
            default -> "ongoing";
        };
    }

    RecallStatus to(RecallStatus target, String recallId) {
        return MOVES.move(this, target, "recall " + recallId);
    }
}
