package org.qsp.contracts.credit;

import java.time.Instant;

/**
 * An enterprise left a credit list. Key: uscc.
 *
 * @param exit why: EXPIRED (its time was served), FIXED (the regulator removed an abnormal entry), REPAIRED (credit
 *             repair approved), REVOKED (the penalty it followed was revoked), MOVED_TO_SERIOUS (3 years abnormal
 *             without fixing: the enterprise is on the serious-dishonesty list now)
 */
public record CreditListExited(String entryId, String uscc, String list, String reason, String exit,
        Instant exitedAt) {
}
