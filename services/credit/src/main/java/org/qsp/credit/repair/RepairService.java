package org.qsp.credit.repair;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecording;
import org.qsp.credit.list.CreditList;
import org.qsp.credit.list.ListEntry;
import org.qsp.credit.list.ListService;
import org.qsp.credit.penalty.Penalty;
import org.qsp.credit.penalty.PenaltyService;
import org.qsp.credit.repair.RepairApplication.Decision;
import org.qsp.credit.repair.RepairApplication.Evidence;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.attachment.AttachmentKey;
import org.qsp.platform.attachment.AttachmentOwner;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.attachment.CitedAttachments;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStore.Outcome;

/**
 * Credit repair (信用修复): the enterprise uploads its evidence (JPEG, PNG, PDF; GridFS bucket {@code repair-evidence},
 * owner {@code enterprise/<uscc>}), applies for one of its penalty publications or its serious-list entry once
 * eligible (one open application per target), and a regulator of its region approves or rejects. An approval ends
 * the publication (or the entry) now, ends its record (0 points, "repaired on …"), counts a repair record, and so
 * recomputes the class. Each step is idempotent: the same decision again completes what a crash left undone.
 */
@Service
public class RepairService {

    static final String DESCRIPTION = "repair application";
    static final String OWNER_KIND = "enterprise";
    static final String SOURCE_TYPE = "org.qsp.credit.repair";

    private final AggregateStore<RepairApplication> applications;
    private final RepairApplications queries;
    private final RepairEligibility eligibility;
    private final PenaltyService penalties;
    private final ListService lists;
    private final CreditRecording recording;
    private final AttachmentStore evidence;
    private final Deadlines deadlines;
    private final Clock clock;

    RepairService(AggregateStore<RepairApplication> applications, RepairApplications queries,
            RepairEligibility eligibility, PenaltyService penalties, ListService lists, CreditRecording recording,
            AttachmentStore repairEvidenceStore, Deadlines deadlines, Clock clock) {
        this.applications = applications;
        this.queries = queries;
        this.eligibility = eligibility;
        this.penalties = penalties;
        this.lists = lists;
        this.recording = recording;
        this.evidence = repairEvidenceStore;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Stores an evidence file of the calling enterprise (streamed, sniffed, within the limit). */
    public AttachmentStore.Stored addEvidence(Caller caller, String evidenceId, String contentType, InputStream body)
            throws IOException {
        return evidence.put(key(caller.requireUscc(), evidenceId), contentType, body);
    }

    /** An evidence file of an application, for its enterprise and the regulators of its region. */
    public AttachmentStore.Content openEvidence(Caller caller, String applicationId, String evidenceId) {
        RepairApplication application = visibleTo(caller, applicationId);
        if (application.evidence().stream().noneMatch(e -> e.id().equals(evidenceId))) {
            throw new NotFound("evidence", evidenceId);
        }
        return evidence.open(key(application.uscc(), evidenceId))
                .orElseThrow(() -> new NotFound("evidence", evidenceId));
    }

    /**
     * Files the application. The target must be the caller's (404 otherwise), still standing and eligible (422
     * {@code repair-too-early} with the first eligible day, {@code repair-target-ended}); the evidence uploaded (400
     * {@code unknown-evidence}). The same application again answers the open one; another one while it is open 409
     * {@code repair-open}.
     */
    public Outcome<RepairApplication> apply(Caller caller, RepairTarget target, String targetId, String statement,
            List<String> evidenceIds) {
        String uscc = caller.requireUscc();
        Instant now = clock.instant();
        Subject subject = subject(caller, target, targetId, now);
        List<Evidence> cited = resolve(uscc, evidenceIds);
        String fingerprint = DerivedIds.fingerprint(String.join("\n", target.name(), targetId, statement,
                String.join(",", evidenceIds)));
        var open = queries.open(target, targetId);
        if (open.isPresent()) {
            if (open.get().sameApplication(fingerprint)) {
                return new Outcome<>(open.get(), false);
            }
            throw new Conflict("repair-open", "repair " + open.get().id() + " of " + targetId
                    + " is open; wait for its decision");
        }
        var verdict = eligibility.check(target, subject.servedSince(), subject.strict(), subject.standing(), now);
        if (!verdict.eligible()) {
            throw new Rejected(verdict.code(), verdict.eligibleFrom() == null
                    ? targetId + " no longer stands: there is nothing to repair"
                    : "repair of " + targetId + " may be applied for from " + verdict.eligibleFrom());
        }
        String id = "RP-" + DerivedIds.base32(20, "repair", target.name(), targetId,
                Long.toString(queries.count(target, targetId)));
        Outcome<RepairApplication> stored = applications.insertIfAbsent(RepairApplication.apply(id, uscc,
                subject.region(), target, targetId, statement, cited, fingerprint, now));
        if (!stored.aggregate().sameApplication(fingerprint)) {
            throw new Conflict("repair-open", "repair " + id + " of " + targetId + " was filed meanwhile");
        }
        return stored;
    }

    /** A regulator of the region decides; REJECT needs a note. An approval repairs the target (idempotently). */
    public RepairApplication decide(Caller caller, String id, Decision decision, String note) {
        RepairApplication found = visibleTo(caller, id);
        if (!caller.supervises(found.region())) {
            throw new Forbidden("region-not-supervised", "repair " + id + " is outside your authority");
        }
        if (decision == Decision.REJECT && (note == null || note.isBlank())) {
            throw new InvalidField("note-required", "note", "a rejection says why");
        }
        if (decision == Decision.APPROVE && found.status() == RepairApplication.Status.OPEN) {
            Subject subject = subject(found.target(), found.targetId(), clock.instant());
            if (!subject.standing()) {
                throw new Rejected("repair-target-ended", found.targetId() + " no longer stands: reject the repair");
            }
        }
        RepairApplication decided = applications.update(id, a -> a.decide(decision, caller.subject(), note,
                clock.instant()));
        if (decided.status() == RepairApplication.Status.APPROVED) {
            repair(decided);
        }
        return decided;
    }

    public RepairApplication visibleTo(Caller caller, String id) {
        return applications.find(id).filter(a -> caller.supervises(a.region()) || caller.isEnterprise(a.uscc()))
                .orElseThrow(() -> new NotFound(DESCRIPTION, id));
    }

    /** An enterprise's own applications, or those of a regulator's region. */
    public Page<RepairApplication> list(Caller caller, RepairApplication.Status status, int page, int size) {
        if (caller.has(Role.ENTERPRISE)) {
            return queries.find(caller.requireUscc(), null, status, page, size);
        }
        return queries.find(null, caller.supervisedPrefix(), status, page, size);
    }

    private void repair(RepairApplication application) {
        String day = deadlines.dayOf(application.decidedAt()).toString();
        switch (application.target()) {
            case PENALTY -> penalties.repaired(application.targetId(), application.id());
            case SERIOUS_LIST -> lists.repaired(application.targetId(), application.id());
        }
        recording.record(new CreditRecord("/qsp/credit/repairs/" + application.id(), application.uscc(),
                RecordType.CREDIT_REPAIRED, SOURCE_TYPE, application.id(), application.decidedAt(),
                "credit repair " + application.id() + " approved on " + day + ": "
                        + (application.target() == RepairTarget.PENALTY ? "the publication of penalty "
                        : "the serious-dishonesty entry ") + application.targetId() + " ended early; its record counts 0",
                clock.instant(), true), null, null);
    }

    /** The target as the enterprise must own it (404 otherwise). */
    private Subject subject(Caller caller, RepairTarget target, String targetId, Instant now) {
        Subject subject = subject(target, targetId, now);
        if (!caller.isEnterprise(subject.uscc())) {
            throw new NotFound(target == RepairTarget.PENALTY ? "penalty" : "list entry", targetId);
        }
        return subject;
    }

    private Subject subject(RepairTarget target, String targetId, Instant now) {
        return switch (target) {
            case PENALTY -> {
                Penalty p = penalties.find(targetId).orElseThrow(() -> new NotFound("penalty", targetId));
                yield new Subject(p.decision().uscc(), p.decision().region(), penalties.publicationStart(p),
                        p.decision().domain().strict(), p.status(now) == Penalty.Status.SHOWN);
            }
            case SERIOUS_LIST -> {
                ListEntry e = lists.find(targetId).filter(x -> x.list() == CreditList.SERIOUS_DISHONESTY)
                        .orElseThrow(() -> new NotFound("list entry", targetId));
                yield new Subject(e.uscc(), e.region(), e.since(), false, e.open());
            }
        };
    }

    private List<Evidence> resolve(String uscc, List<String> ids) {
        return CitedAttachments.resolve(evidence, owner(uscc), ids,
                id -> "(PUT /api/credit/v1/repairs/evidence/" + id + ")").stream()
                .map(a -> new Evidence(a.key().name(), a.contentType(), a.sha256(), a.bytes())).toList();
    }

    private static AttachmentOwner owner(String uscc) {
        return new AttachmentOwner(OWNER_KIND, uscc);
    }

    private static AttachmentKey key(String uscc, String evidenceId) {
        return CitedAttachments.key(owner(uscc), evidenceId);
    }

    private record Subject(String uscc, String region, Instant servedSince, boolean strict, boolean standing) {
    }
}
