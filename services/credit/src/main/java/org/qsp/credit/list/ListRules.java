package org.qsp.credit.list;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.qsp.credit.penalty.PenaltyKind;

/**
 * When an enterprise enters and leaves the lists (DOMAIN §7), as pure rules:
 * <ul>
 * <li>a heavier penalty (a fine above the threshold, a confiscation, a suspension, a licence revocation) for a serious
 *     violation puts it on the serious-dishonesty list; a warning, a criticism or a smaller fine does not, nor does a
 *     heavier penalty for a violation that is not serious;</li>
 * <li>it stays there for the serious period (3 years), counted in the authority's calendar;</li>
 * <li>3 years on the abnormal-operation list without fixing move it to the serious list.</li>
 * </ul>
 */
public final class ListRules {

    private final ListPolicy policy;
    private final ZoneId zone;

    public ListRules(ListPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    public boolean entersSeriousList(PenaltyKind kind, BigDecimal fine, boolean serious) {
        if (!serious) {
            return false;
        }
        return switch (kind) {
            case CONFISCATION, SUSPENSION, LICENCE_REVOCATION -> true;
            case FINE -> fine != null && fine.compareTo(policy.seriousFineAbove()) > 0;
            case WARNING, CRITICISM -> false;
        };
    }

    /** When a serious-list entry made at {@code since} ends by itself. */
    public Instant seriousUntil(Instant since) {
        return since.atZone(zone).plus(policy.seriousPeriod()).toInstant();
    }

    /** When an abnormal-operation entry made at {@code since} and not fixed moves to the serious list. */
    public Instant abnormalMovesAt(Instant since) {
        return since.atZone(zone).plus(policy.abnormalMovesAfter()).toInstant();
    }

    /** Whether an entry that ends (or moves) at {@code at} has done so by {@code now}. */
    public static boolean due(Instant at, Instant now) {
        return at != null && !now.isBefore(at);
    }
}
