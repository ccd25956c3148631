package org.qsp.credit.penalty.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.qsp.credit.penalty.Decision;
import org.qsp.credit.penalty.Penalty;
import org.qsp.credit.penalty.PenaltyKind;
import org.qsp.credit.penalty.ProductDomain;

/**
 * A penalty as a regulator of its region and its own enterprise see it: the decision, its publication and, once
 * revoked, its withdrawal. Neither who recorded it nor any score or class.
 */
record PenaltyView(String id, String decisionNumber, String uscc, String enterpriseName, String region,
        PenaltyKind kind, BigDecimal fineAmount, String violation, boolean serious, ProductDomain domain,
        LocalDate decidedAt, Instant recordedAt, LocalDate publishBy, Instant publishedAt, boolean late,
        Instant shownUntil, Penalty.Status status, Instant revokedAt, String revocationReason, LocalDate withdrawBy,
        Instant withdrawnAt, Instant repairedAt) {

    static PenaltyView of(Penalty p, Instant now) {
        Decision d = p.decision();
        return new PenaltyView(p.id(), d.decisionNumber(), d.uscc(), d.enterpriseName(), d.region(), d.kind(),
                d.fineAmount(), d.violation(), d.serious(), d.domain(), d.decidedAt(), p.recordedAt(), p.publishBy(),
                p.publishedAt(), p.late(), p.shownUntil(), p.status(now), p.revokedAt(), p.revocationReason(),
                p.withdrawBy(), p.withdrawnAt(), p.repairedAt());
    }
}
