package org.qsp.credit.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.credit.penalty.PublicationRules.Publication;
import org.qsp.credit.penalty.PublicationRules.Withdrawal;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A recorded penalty decision and its publication (行政处罚信息公示). Its id derives from the decision number, so that
 * recording the same decision again finds it. It is published when it is recorded and shown until {@code shownUntil},
 * unless it is withdrawn first (the decision was revoked) or its publication ends early by credit repair. Every change
 * moves {@code updatedAt}, which a mirror of the public API syncs on.
 */
@Document("penalties")
@CompoundIndex(name = "uscc_publishedAt", def = "{'decision.uscc': 1, 'publishedAt': -1}")
@CompoundIndex(name = "region_publishedAt", def = "{'decision.region': 1, 'publishedAt': -1}")
@CompoundIndex(name = "updatedAt", def = "{'updatedAt': 1, '_id': 1}")
@CompoundIndex(name = "shownUntil", def = "{'shownUntil': 1}")
public class Penalty extends OutboxDocument {

    /** How a penalty's publication stands at a time. */
    public enum Status {
        /** Shown on the public API. */
        SHOWN,
        /** Withdrawn: the decision was revoked. */
        WITHDRAWN,
        /** Its publication ended early by credit repair. */
        REPAIRED,
        /** Its period of publication is over. */
        EXPIRED
    }

    @Id
    private String id;
    private Decision decision;
    private String fingerprint;
    /** The subject of the regulator who recorded it: internal, never published. */
    private String recordedBy;
    private Instant recordedAt;
    private LocalDate publishBy;
    private Instant publishedAt;
    private boolean late;
    private Instant shownUntil;
    private Instant revokedAt;
    private String revocationReason;
    private LocalDate withdrawBy;
    private Instant withdrawnAt;
    private Instant repairedAt;
    private Instant updatedAt;

    Penalty() {
    }

    /** The id of the penalty of that decision number: {@code PN-} and 20 characters of its hash. */
    public static String idOf(String decisionNumber) {
        return "PN-" + DerivedIds.base32(20, "penalty", decisionNumber);
    }

    public static Penalty record(Decision decision, Publication publication, String recordedBy) {
        Penalty penalty = new Penalty();
        penalty.id = idOf(decision.decisionNumber());
        penalty.decision = decision;
        penalty.fingerprint = DerivedIds.fingerprint(decision.fingerprintText());
        penalty.recordedBy = recordedBy;
        penalty.recordedAt = publication.publishedAt();
        penalty.publishBy = publication.publishBy();
        penalty.publishedAt = publication.publishedAt();
        penalty.late = publication.late();
        penalty.shownUntil = publication.shownUntil();
        penalty.updatedAt = publication.publishedAt();
        return penalty;
    }

    /** Whether {@code other} is this decision again, as first recorded. */
    public boolean sameDecision(Decision other) {
        return fingerprint.equals(DerivedIds.fingerprint(other.fingerprintText()));
    }

    /**
     * The decision was revoked: its publication is withdrawn at once (withdraw-by is recorded beside it). A second
     * revocation changes nothing.
     */
    public void revoke(String reason, Withdrawal withdrawal) {
        if (revoked()) {
            return;
        }
        revokedAt = withdrawal.withdrawnAt();
        revocationReason = reason;
        withdrawBy = withdrawal.withdrawBy();
        withdrawnAt = withdrawal.withdrawnAt();
        updatedAt = withdrawnAt;
    }

    /** Credit repair approved: the publication stops now. Refused once it is no longer shown. */
    public void repair(Instant at) {
        if (status(at) != Status.SHOWN) {
            throw new Rejected("publication-ended", "the publication of penalty " + id + " has ended already ("
                    + status(at).name().toLowerCase() + ")");
        }
        repairedAt = at;
        updatedAt = at;
    }

    public Status status(Instant at) {
        if (withdrawnAt != null) {
            return Status.WITHDRAWN;
        }
        if (repairedAt != null) {
            return Status.REPAIRED;
        }
        return at.isBefore(shownUntil) ? Status.SHOWN : Status.EXPIRED;
    }

    /** When it stopped being shown (withdrawn, repaired, expired), if it has by {@code at}. */
    public Optional<Instant> removedAt(Instant at) {
        return switch (status(at)) {
            case SHOWN -> Optional.empty();
            case WITHDRAWN -> Optional.of(withdrawnAt);
            case REPAIRED -> Optional.of(repairedAt);
            case EXPIRED -> Optional.of(shownUntil);
        };
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** The id of its credit record (one per penalty). */
    public String recordId() {
        return "/qsp/credit/penalties/" + id;
    }

    public String id() {
        return id;
    }

    public Decision decision() {
        return decision;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public LocalDate publishBy() {
        return publishBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean late() {
        return late;
    }

    public Instant shownUntil() {
        return shownUntil;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public LocalDate withdrawBy() {
        return withdrawBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant repairedAt() {
        return repairedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
