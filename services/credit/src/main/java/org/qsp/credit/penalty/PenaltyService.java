package org.qsp.credit.penalty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.credit.enterprise.Supervision;
import org.qsp.platform.access.Caller;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStore.Outcome;

/**
 * Penalty decisions: a regulator of the enterprise's region records one, and revokes it. Recording is idempotent on
 * the decision number (the same decision again answers the stored penalty, another decision under its number is a
 * 409), and so is every step after it: the penalty, its credit record (counted once through {@link CreditRecording}),
 * what follows on the lists. A replay after a crash between two steps completes the missing ones.
 */
@Service
public class PenaltyService {

    static final String DESCRIPTION = "penalty";
    static final String SOURCE_TYPE = "org.qsp.credit.penalty";

    private final AggregateStore<Penalty> penalties;
    private final Supervision supervision;
    private final Penalties queries;
    private final PublicationRules rules;
    private final CreditRecording recording;
    private final PenaltyFollowUps followUps;
    private final Deadlines deadlines;
    private final Clock clock;

    PenaltyService(AggregateStore<Penalty> penalties, Supervision supervision, Penalties queries,
            PublicationRules rules, CreditRecording recording, PenaltyFollowUps followUps, Deadlines deadlines,
            Clock clock) {
        this.penalties = penalties;
        this.supervision = supervision;
        this.queries = queries;
        this.rules = rules;
        this.recording = recording;
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Records the decision; {@code created} is false when it was recorded before (a replay). */
    public Outcome<Penalty> record(Caller caller, Decision decision) {
        supervision.require(caller, decision.uscc(), decision.region());
        Instant now = clock.instant();
        check(decision, deadlines.dayOf(now));
        Outcome<Penalty> stored = penalties.insertIfAbsent(Penalty.record(decision,
                rules.publish(decision.decidedAt(), now, decision.kind(), decision.fineAmount()), caller.subject()));
        Penalty penalty = stored.aggregate();
        if (!penalty.sameDecision(decision)) {
            throw new Conflict("penalty-conflict", "decision " + decision.decisionNumber()
                    + " is recorded with other content (" + penalty.id() + "); a correction is a revocation and a new"
                    + " decision");
        }
        if (!penalty.revoked()) {
            recording.record(creditRecord(penalty), decision.enterpriseName(), decision.region());
            followUps.recorded(penalty);
        }
        return stored;
    }

    /** Revokes the decision: its record stops counting, its publication is withdrawn, its list entry ends. */
    public Penalty revoke(Caller caller, String id, String reason) {
        Penalty found = visibleTo(caller, id);
        if (!caller.supervises(found.decision().region())) {
            throw new Forbidden("region-not-supervised", "penalty " + id + " is outside your authority");
        }
        Penalty penalty = penalties.update(id, p -> p.revoke(reason, rules.withdraw(clock.instant())));
        recording.end(penalty.recordId(), penalty.decision().uscc(), "penalty revoked on "
                + deadlines.dayOf(penalty.revokedAt()) + ": " + reason);
        followUps.revoked(penalty);
        return penalty;
    }

    /**
     * Credit repair approved: the publication stops now, the record stays on the file worth 0 ("repaired on …"), the
     * enterprise is recounted. A replay after the publication stopped for this repair completes the rest.
     */
    public Penalty repaired(String id, String applicationId) {
        Instant now = clock.instant();
        Penalty penalty = penalties.get(id);
        if (penalty.status(now) != Penalty.Status.REPAIRED) {
            penalty = penalties.update(id, p -> p.repair(now));
        }
        recording.end(penalty.recordId(), penalty.decision().uscc(), "repaired on "
                + deadlines.dayOf(penalty.repairedAt()) + " (credit repair " + applicationId + ")");
        return penalty;
    }

    /** When the penalty's publication started counting for repair: when it was due at the latest. */
    public Instant publicationStart(Penalty penalty) {
        Instant due = penalty.publishBy().atStartOfDay(deadlines.zone()).toInstant();
        return penalty.publishedAt().isBefore(due) ? penalty.publishedAt() : due;
    }

    public Optional<Penalty> find(String id) {
        return penalties.find(id);
    }

    /** A penalty as a regulator of its region or its own enterprise may see it; anyone else: not found. */
    public Penalty visibleTo(Caller caller, String id) {
        return penalties.find(id)
                .filter(p -> caller.supervises(p.decision().region()) || caller.isEnterprise(p.decision().uscc()))
                .orElseThrow(() -> new NotFound(DESCRIPTION, id));
    }

    /** The penalties of the regulator's region (narrowed to one enterprise when uscc is given). */
    public Page<Penalty> ofRegion(Caller caller, String uscc, int page, int size) {
        return queries.inRegion(caller.supervisedPrefix(), uscc, page, size);
    }

    /** What the public API serves: the publications shown now, or what changed since {@code updatedSince}. */
    public Page<Penalty> published(String uscc, Instant updatedSince, int page, int size) {
        return queries.published(uscc, updatedSince, clock.instant(), page, size);
    }

    /** The instant the public API's answers are computed at. */
    public Instant now() {
        return clock.instant();
    }


    private static void check(Decision decision, LocalDate today) {
        if (decision.decidedAt().isAfter(today)) {
            throw new InvalidField("decided-in-future", "decidedAt", "a decision is not made in the future ("
                    + decision.decidedAt() + " is after " + today + ")");
        }
        if (decision.kind() == PenaltyKind.FINE && (decision.fineAmount() == null
                || decision.fineAmount().signum() <= 0)) {
            throw new InvalidField("fine-amount-missing", "fineAmount", "a fine needs its amount, above 0");
        }
    }

    private CreditRecord creditRecord(Penalty penalty) {
        Decision d = penalty.decision();
        String amount = d.fineAmount() == null ? "" : " (" + d.fineAmount().stripTrailingZeros().toPlainString()
                + " CNY)";
        String description = "penalty decision " + d.decisionNumber() + ": " + d.kind().name().toLowerCase()
                .replace('_', ' ') + amount + " for " + d.violation() + (d.serious() ? " (serious violation)" : "");
        return new CreditRecord(penalty.recordId(), d.uscc(), d.kind().recordType(), SOURCE_TYPE, penalty.id(),
                d.decidedAt().atStartOfDay(deadlines.zone()).toInstant(), description, penalty.recordedAt(), true);
    }
}
