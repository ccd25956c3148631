package org.qsp.credit.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whether an enterprise may apply for repair now, as a pure rule:
 * <ul>
 * <li>a penalty publication after 6 months of publication (1 year in food, drugs and special equipment); the
 *     publication counts from when it was due at the latest (its publish-by day), so that a late publication does
 *     not lengthen the wait;</li>
 * <li>a serious-dishonesty entry after 1 year on the list;</li>
 * <li>never for what no longer stands (revoked, withdrawn, expired, repaired, exited).</li>
 * </ul>
 */
public final class RepairEligibility {

    private final RepairPolicy policy;
    private final ZoneId zone;

    public RepairEligibility(RepairPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    /**
     * @param servedSince when the publication (or the listing) started counting
     * @param strict      a penalty in food, drugs or special equipment
     * @param standing    whether the publication is still shown (the entry still open)
     */
    public Verdict check(RepairTarget target, Instant servedSince, boolean strict, boolean standing, Instant now) {
        if (!standing) {
            return new Verdict(false, "repair-target-ended", null);
        }
        var wait = switch (target) {
            case PENALTY -> strict ? policy.strictPublicationAfter() : policy.publicationAfter();
            case SERIOUS_LIST -> policy.seriousListAfter();
        };
        LocalDate from = servedSince.atZone(zone).toLocalDate().plus(wait);
        boolean eligible = !now.atZone(zone).toLocalDate().isBefore(from);
        return new Verdict(eligible, eligible ? null : "repair-too-early", from);
    }

    /** @param eligibleFrom the first day an application is accepted (null when it never will be) */
    public record Verdict(boolean eligible, String code, LocalDate eligibleFrom) {
    }
}
