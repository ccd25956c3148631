package org.qsp.contracts.credit;

import java.time.Instant;

/**
 * An enterprise entered one of the public credit lists (DOMAIN §7): the serious-dishonesty list (严重违法失信名单,
 * {@code SERIOUS_DISHONESTY}) or the abnormal-operation list (经营异常名录, {@code ABNORMAL_OPERATION}). Key: uscc.
 *
 * @param entryId  the list entry (derived from what put it there: the penalty, the abnormal entry, the regulator's
 *                 entry)
 * @param reason   why: MISSED_ANNUAL_REPORT, UNREACHABLE_ADDRESS, FALSE_DISCLOSURE (abnormal), SERIOUS_VIOLATION
 *                 (after a heavier penalty for a serious violation) or ABNORMAL_NOT_FIXED (3 years abnormal)
 * @param sourceId what it follows from (the penalty or the abnormal-operation entry), null for a regulator's entry
 * @param until    when it ends by itself (serious: 3 years), null when it has no end of its own (abnormal: until fixed)
 */
public record CreditListEntered(String entryId, String uscc, String list, String reason, String sourceId,
        Instant since, Instant until, Instant enteredAt) {
}
