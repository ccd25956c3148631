package org.qsp.credit.penalty;

/**
 * What follows from a penalty elsewhere in credit (the serious-dishonesty list): called after each step of the
 * penalty's own, and idempotent, so that a replay of the command completes what a crash left undone.
 */
public interface PenaltyFollowUps {

    /** The penalty is recorded (called again on every replay of its recording). */
    void recorded(Penalty penalty);

    /** The penalty's decision is revoked (called again on every replay of the revocation). */
    void revoked(Penalty penalty);
}
