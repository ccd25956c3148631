package org.qsp.credit.list;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.credit.enterprise.Supervision;
import org.qsp.credit.penalty.Decision;
import org.qsp.credit.penalty.Penalty;
import org.qsp.credit.penalty.PenaltyFollowUps;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.access.Caller;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;

/**
 * The serious-dishonesty list and the abnormal-operation list. Every entry and exit is one document write with its
 * event, then the entry's credit record: counted on entry (exactly once, through {@link CreditRecording}), ended on
 * exit (the enterprise recounted: a serious entry forces class D while it counts, and no longer once it ended). Each
 * step is idempotent, so a replay, or the next run of the daily check, completes what a crash left undone.
 */
@Service
public class ListService implements PenaltyFollowUps {

    static final String DESCRIPTION = "list entry";
    static final String SOURCE_TYPE = "org.qsp.credit.list";
    private static final int BATCH = 100;

    private final AggregateStore<ListEntry> entries;
    private final Supervision supervision;
    private final ListEntries queries;
    private final ListRules rules;
    private final CreditRecording recording;
    private final Deadlines deadlines;
    private final Clock clock;

    ListService(AggregateStore<ListEntry> entries, Supervision supervision, ListEntries queries,
            ListRules rules, CreditRecording recording, Deadlines deadlines, Clock clock) {
        this.entries = entries;
        this.supervision = supervision;
        this.queries = queries;
        this.rules = rules;
        this.recording = recording;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A heavier penalty for a serious violation: the enterprise enters the serious list (once per penalty). */
    @Override
    public void recorded(Penalty penalty) {
        Decision d = penalty.decision();
        if (!rules.entersSeriousList(d.kind(), d.fineAmount(), d.serious())) {
            return;
        }
        Instant since = penalty.recordedAt();
        counted(entries.insertIfAbsent(ListEntry.enter(seriousIdOf(penalty.id()), ListReason.SERIOUS_VIOLATION,
                d.uscc(), d.enterpriseName(), d.region(), penalty.id(), null, since, rules.seriousUntil(since)))
                .aggregate());
    }

    /** The penalty's decision was revoked: its serious-list entry, if it has one, ends. */
    @Override
    public void revoked(Penalty penalty) {
        entries.find(seriousIdOf(penalty.id())).ifPresent(entry -> exit(entry.id(), ListExit.REVOKED,
                "penalty " + penalty.id() + " revoked"));
    }

    /**
     * A regulator of the enterprise's region puts it on the abnormal-operation list. While it is there for that
     * reason, the same entry again answers the open one ({@code created} false).
     */
    public Entered addAbnormal(Caller caller, String uscc, String enterpriseName, String region, ListReason reason) {
        if (reason.list() != CreditList.ABNORMAL_OPERATION) {
            throw new InvalidField("not-an-abnormal-reason", "reason", reason
                    + " is no reason of the abnormal-operation list");
        }
        supervision.require(caller, uscc, region);
        var open = queries.open(uscc).stream().filter(e -> e.reason() == reason).findFirst();
        if (open.isPresent()) {
            return new Entered(counted(open.get()), false);
        }
        String id = "AL-" + DerivedIds.base32(20, "abnormal", uscc, reason.name(),
                Long.toString(queries.count(uscc, reason)));
        Instant since = clock.instant();
        var outcome = entries.insertIfAbsent(ListEntry.enter(id, reason, uscc, enterpriseName, region, null,
                caller.subject(), since, rules.abnormalMovesAt(since)));
        return new Entered(counted(outcome.aggregate()), outcome.changed());
    }

    /** A regulator removes an abnormal-operation entry: the enterprise fixed it. */
    public ListEntry remove(Caller caller, String id, String note) {
        ListEntry entry = visibleTo(caller, id);
        if (!caller.supervises(entry.region())) {
            throw new Forbidden("region-not-supervised", "list entry " + id + " is outside your authority");
        }
        if (entry.list() != CreditList.ABNORMAL_OPERATION) {
            throw new Rejected("entry-not-removable", "a serious-dishonesty entry ends by its time, by repair or by"
                    + " the revocation of its penalty, not by removal");
        }
        return exit(id, ListExit.FIXED, note);
    }

    /** Credit repair approved: the entry ends now. */
    public ListEntry repaired(String id, String applicationId) {
        return exit(id, ListExit.REPAIRED, "repair " + applicationId);
    }

    /**
     * The daily check: serious entries whose 3 years are over end; abnormal entries 3 years unfixed move to the
     * serious list. Idempotent: an entry handled once is not open any more, and the move's serious entry derives
     * from the abnormal one. Returns how many entries it handled.
     */
    public int check() {
        Instant now = clock.instant();
        int handled = 0;
        for (List<String> due; !(due = queries.due(CreditList.SERIOUS_DISHONESTY, now, BATCH)).isEmpty(); ) {
            due.forEach(id -> exit(id, ListExit.EXPIRED, "served its time"));
            handled += due.size();
        }
        for (List<String> due; !(due = queries.due(CreditList.ABNORMAL_OPERATION, now, BATCH)).isEmpty(); ) {
            due.forEach(this::move);
            handled += due.size();
        }
        return handled;
    }

    /** The enterprise's current entries on both lists (public). */
    public List<ListEntry> current(String uscc) {
        return queries.open(uscc);
    }

    public Optional<ListEntry> find(String id) {
        return entries.find(id);
    }

    public ListEntry visibleTo(Caller caller, String id) {
        return entries.find(id).filter(e -> caller.supervises(e.region()) || caller.isEnterprise(e.uscc()))
                .orElseThrow(() -> new NotFound(DESCRIPTION, id));
    }

    public Page<ListEntry> ofRegion(Caller caller, String region, CreditList list, boolean openOnly, int page,
            int size) {
        return caller.supervisedPrefixWithin(region)
                .map(prefix -> queries.inRegion(prefix, list, openOnly, page, size))
                .orElseGet(() -> Page.empty(page, size));
    }

    /** The serious entry a penalty puts the enterprise on. */
    public static String seriousIdOf(String penaltyId) {
        return "SL-" + penaltyId;
    }

    private void move(String abnormalId) {
        ListEntry abnormal = entries.get(abnormalId);
        Instant since = clock.instant();
        if (abnormal.open()) {
            // the serious entry first: a crash in between leaves the abnormal entry open, and the next check redoes
            // both (the serious entry's id derives from the abnormal one)
            counted(entries.insertIfAbsent(ListEntry.enter(seriousIdOf(abnormalId), ListReason.ABNORMAL_NOT_FIXED,
                    abnormal.uscc(), abnormal.enterpriseName(), abnormal.region(), abnormalId, null, since,
                    rules.seriousUntil(since))).aggregate());
        }
        exit(abnormalId, ListExit.MOVED_TO_SERIOUS, "3 years without fixing");
    }

    private ListEntry exit(String id, ListExit why, String note) {
        ListEntry entry = entries.update(id, e -> e.exit(why, note, clock.instant()));
        recording.end(entry.recordId(), entry.uscc(), "left the " + entry.list().name().toLowerCase().replace('_', '-')
                + " list on " + deadlines.dayOf(entry.exitedAt()) + ": " + entry.exit().name().toLowerCase()
                .replace('_', ' ') + (entry.exit() == ListExit.REPAIRED ? " (repaired on "
                + deadlines.dayOf(entry.exitedAt()) + ")" : ""));
        return entry;
    }

    /** Counts the entry's record (idempotent) while it is open. */
    private ListEntry counted(ListEntry entry) {
        if (entry.open()) {
            RecordType type = entry.list() == CreditList.SERIOUS_DISHONESTY ? RecordType.SERIOUS_DISHONESTY_LISTED
                    : RecordType.ABNORMAL_OPERATION_LISTED;
            String description = "listed on the " + entry.list().name().toLowerCase().replace('_', '-') + " list ("
                    + entry.reason().name().toLowerCase().replace('_', ' ') + ")"
                    + (entry.sourceId() == null ? "" : " after " + entry.sourceId());
            recording.record(new CreditRecord(entry.recordId(), entry.uscc(), type, SOURCE_TYPE, entry.id(),
                    entry.since(), description, clock.instant(), true), entry.enterpriseName(), entry.region());
        }
        return entry;
    }


    /** An abnormal entry and whether this call made it. */
    public record Entered(ListEntry entry, boolean created) {
    }
}
