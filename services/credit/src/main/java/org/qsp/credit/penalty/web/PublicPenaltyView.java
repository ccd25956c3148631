package org.qsp.credit.penalty.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.qsp.credit.penalty.Decision;
import org.qsp.credit.penalty.Penalty;
import org.qsp.credit.penalty.PenaltyKind;

/**
 * A penalty publication as anyone may read it (行政处罚信息公示): the decision and its period. No internal score or
 * class, no person (not who decided, recorded or represents), no region code of the authority's internals.
 * {@code status} is SHOWN, or, in an {@code updatedSince} sync, WITHDRAWN, REPAIRED or EXPIRED with
 * {@code removedAt}: a mirror deletes those.
 */
record PublicPenaltyView(String id, String decisionNumber, String uscc, String enterpriseName, PenaltyKind kind,
        BigDecimal fineAmount, String violation, LocalDate decidedAt, Instant publishedAt, Instant shownUntil,
        Penalty.Status status, Instant removedAt, Instant updatedAt) {

    static PublicPenaltyView of(Penalty p, Instant now) {
        Decision d = p.decision();
        return new PublicPenaltyView(p.id(), d.decisionNumber(), d.uscc(), d.enterpriseName(), d.kind(),
                d.fineAmount(), d.violation(), d.decidedAt(), p.publishedAt(), p.shownUntil(), p.status(now),
                p.removedAt(now).orElse(null), p.updatedAt());
    }
}
