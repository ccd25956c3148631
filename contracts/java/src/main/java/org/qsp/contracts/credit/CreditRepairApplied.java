package org.qsp.contracts.credit;

import java.time.Instant;

/**
 * An enterprise applied for credit repair (信用修复) of one of its penalty publications ({@code PENALTY}) or of its
 * serious-dishonesty list entry ({@code SERIOUS_LIST}). Key: uscc. No statement, no evidence: those stay in credit.
 */
public record CreditRepairApplied(String applicationId, String uscc, String target, String targetId,
        Instant appliedAt) {
}
