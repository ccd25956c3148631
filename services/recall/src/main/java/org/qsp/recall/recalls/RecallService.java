package org.qsp.recall.recalls;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.RecallDeadlines;
import org.qsp.recall.investigation.Investigation;
import org.qsp.recall.investigation.InvestigationId;
import org.qsp.recall.investigation.InvestigationService;

/** The use cases of a recall: file, order, plan, review, report, summarize, close; one line each where it can be. */
@Service
public class RecallService {

    private final AggregateStore<Recall> recalls;
    private final AggregateStore<Investigation> investigations;
    private final InvestigationService investigationService;
    private final RecallSearch search;
    private final RecallDeadlines deadlines;
    private final Clock clock;

    public RecallService(AggregateStore<Recall> recalls, AggregateStore<Investigation> investigations,
            InvestigationService investigationService, RecallSearch search, RecallDeadlines deadlines, Clock clock) {
        this.recalls = recalls;
        this.investigations = investigations;
        this.investigationService = investigationService;
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * The producer files a voluntary recall with its plan: of its own accord (the id derives from its USCC and the
     * Idempotency-Key) or during an investigation of its product (the id derives from the investigation: one recall
     * per investigation). A retry answers the recall filed; the same key with another plan is a 409, and so is a
     * recall for an investigation that has one.
     */
    public Recall file(Caller caller, String idempotencyKey, String investigationId, RecallPlan plan) {
        Instant now = clock.instant();
        plan.check(deadlines.today(now));
        String uscc = caller.requireUscc();
        if (!uscc.equals(plan.producer().uscc())) {
            throw new Forbidden("not-your-enterprise", "you file recalls for " + uscc + " only");
        }
        RecallId id;
        String region;
        if (investigationId != null) {
            Investigation investigation = investigations.find(new InvestigationId(investigationId).value())
                    .filter(i -> i.isProducer(caller))
                    .orElseThrow(() -> new NotFound(Investigation.DESCRIPTION, investigationId));
            id = RecallId.forInvestigation(investigation.id());
            region = investigation.subject().region();
        } else {
            id = RecallId.forFiling(uscc, idempotencyKey);
            region = plan.producer().region();
        }
        String fingerprint = DerivedIds.fingerprint(plan + "\n" + investigationId);
        Optional<Recall> existing = recalls.find(id.value());
        Recall stored = existing.orElseGet(() -> recalls.insertIfAbsent(Recall.fileVoluntary(id, investigationId,
                region, plan, caller.subject(), fingerprint, now)).aggregate());
        if (!fingerprint.equals(stored.fingerprint())) {
            throw investigationId != null
                    ? new Conflict("already-recalled", "investigation " + investigationId + " has recall " + id)
                    : new Conflict("idempotency-key-reused",
                            "this Idempotency-Key was used for another recall (" + id + "); use a new key");
        }
        return stored;
    }

    /**
     * The regulator orders the recall of an investigation whose defect is confirmed, or whose producer let its
     * objection window pass without recalling or objecting. The recall is inserted unless it exists (its id derives
     * from the investigation), then the investigation ends: a retry after a crash between the two completes the
     * second. A producer that recalled voluntarily already gets no order (409).
     */
    public Recall order(InvestigationId investigationId, Caller caller, Classification classification,
            HazardType hazardType) {
        Instant now = clock.instant();
        Investigation investigation = investigationService.visibleTo(caller, investigationId);
        investigation.requireRecallMayBeOrdered(caller, deadlines.today(now));
        RecallId id = RecallId.forInvestigation(investigation.id());
        Recall recall = recalls.find(id.value()).orElseGet(() -> recalls.insertIfAbsent(Recall.order(id,
                new Recall.Order(investigation.id(), investigation.subject(), classification, hazardType,
                        caller.subject()),
                now, deadlines)).aggregate());
        if (recall.kind() == RecallKind.VOLUNTARY) {
            throw new Conflict("recalled-voluntarily", "the producer filed recall " + id + " for investigation "
                    + investigation.id() + " itself");
        }
        investigations.update(investigation.id(), i -> i.recallOrdered(caller, id.value(), now,
                deadlines.today(now)));
        return recall;
    }

    public Recall submitPlan(RecallId id, Caller caller, RecallPlan plan) {
        Instant now = clock.instant();
        plan.check(deadlines.today(now));
        return recalls.update(id.value(), r -> r.submitPlan(caller, plan, now));
    }

    public Recall review(RecallId id, Caller caller, Review.Decision decision, String notes) {
        return recalls.update(id.value(), r -> r.review(caller, decision, notes, clock.instant(), deadlines));
    }

    public Recall reportProgress(RecallId id, Caller caller, int number, Units units, String note) {
        return recalls.update(id.value(), r -> r.reportProgress(caller, number, units, note, clock.instant(),
                deadlines));
    }

    public Recall submitSummary(RecallId id, Caller caller, Units units, String measures, String disposal) {
        Instant now = clock.instant();
        return recalls.update(id.value(), r -> r.submitSummary(caller, new Summary(units, measures, disposal, now),
                now));
    }

    public Recall close(RecallId id, Caller caller, Closure.Outcome outcome, String reason) {
        return recalls.update(id.value(), r -> r.close(caller, outcome, reason, clock.instant()));
    }

    public Recall visibleTo(Caller caller, RecallId id) {
        return recalls.find(id.value()).filter(r -> r.isVisibleTo(caller))
                .orElseThrow(() -> new NotFound(Recall.DESCRIPTION, id.value()));
    }

    /** A producer's own recalls, or those of a regulator's area (narrowed to {@code region}). */
    public Page<Recall> visibleTo(Caller caller, String region, RecallSearch.Filter filter, int page, int size) {
        if (caller.has(Role.ENTERPRISE)) {
            return search.find(new RecallSearch.Filter(null, caller.requireUscc(), filter.status(), filter.kind(),
                    filter.overdue()), page, size);
        }
        return caller.supervisedPrefixWithin(region)
                .map(prefix -> search.find(new RecallSearch.Filter(prefix, filter.uscc(), filter.status(),
                        filter.kind(), filter.overdue()), page, size))
                .orElseGet(() -> Page.empty(page, size));
    }
}
