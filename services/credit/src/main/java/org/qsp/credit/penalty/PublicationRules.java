package org.qsp.credit.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.qsp.platform.calendar.Deadlines;

/**
 * When a penalty decision is published, until when it is shown, and when a revoked one must be withdrawn (DOMAIN §7,
 * §8): pure arithmetic on the working-day calendar, no store, no clock of its own.
 * <ul>
 * <li>publish by: the decision day plus {@code publishWithinWorkingDays} working days (the day itself not counted);</li>
 * <li>a decision is published when it is recorded; recorded after its publish-by day, it is published at once and
 *     flagged late;</li>
 * <li>shown until: the publication plus the short period (a warning, a criticism, a fine of at most the small-fine
 *     threshold) or the long one (everything else);</li>
 * <li>withdraw by: the revocation day plus {@code withdrawWithinWorkingDays} working days; it is withdrawn at once.</li>
 * </ul>
 */
public final class PublicationRules {

    private final Deadlines deadlines;
    private final PublicationPolicy policy;

    public PublicationRules(Deadlines deadlines, PublicationPolicy policy) {
        this.deadlines = deadlines;
        this.policy = policy;
    }

    /** The publication of a decision made on {@code decidedOn} and recorded at {@code recordedAt}. */
    public Publication publish(LocalDate decidedOn, Instant recordedAt, PenaltyKind kind, BigDecimal fine) {
        LocalDate publishBy = deadlines.workingDaysAfter(decidedOn, policy.publishWithinWorkingDays());
        boolean late = deadlines.dayOf(recordedAt).isAfter(publishBy);
        Instant shownUntil = recordedAt.atZone(deadlines.zone()).plus(light(kind, fine) ? policy.shortPeriod()
                : policy.longPeriod()).toInstant();
        return new Publication(publishBy, recordedAt, late, shownUntil);
    }

    /** The withdrawal of a publication whose decision was revoked at {@code revokedAt}: due by, and done at once. */
    public Withdrawal withdraw(Instant revokedAt) {
        return new Withdrawal(deadlines.workingDaysAfter(revokedAt, policy.withdrawWithinWorkingDays()), revokedAt);
    }

    /** A light penalty is shown for the short period: a warning, a criticism, a small fine. */
    public boolean light(PenaltyKind kind, BigDecimal fine) {
        return switch (kind) {
            case WARNING, CRITICISM -> true;
            case FINE -> fine != null && fine.compareTo(policy.smallFineMax()) <= 0;
            default -> false;
        };
    }

    /**
     * @param publishBy  the last day it may be published on
     * @param publishedAt when it was published (when it was recorded)
     * @param late       recorded (and so published) after {@code publishBy}
     * @param shownUntil when it stops being shown
     */
    public record Publication(LocalDate publishBy, Instant publishedAt, boolean late, Instant shownUntil) {
    }

    /** @param withdrawBy the last day it may be withdrawn on; {@code withdrawnAt} when it was (at the revocation) */
    public record Withdrawal(LocalDate withdrawBy, Instant withdrawnAt) {
    }
}
