package org.qsp.contracts.credit;

import java.time.Instant;

/**
 * A regulator decided a credit-repair application: APPROVED (the publication or the list entry ended early, the class
 * is recomputed) or REJECTED. Key: uscc.
 */
public record CreditRepairDecided(String applicationId, String uscc, String target, String targetId, String decision,
        Instant decidedAt) {
}
