package org.qsp.credit.enterprise;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.qsp.contracts.complaint.ComplaintMediationConcluded;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.quality.DataQualityFlag;
import org.qsp.credit.quality.DataQualityFlags;
import org.qsp.credit.registry.Registry;
import org.qsp.credit.rules.CreditRules;
import org.qsp.platform.events.IncomingEvent;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStore.Outcome;

/**
 * Records what other services report about an enterprise and counts it in the enterprise's tally,
 * and flags what contradicts its file (a claim of another region: {@link DataQualityFlag}).
 * Each source event becomes exactly one record (its id is the event's {@code ce_source/ce_id}),
 * counted once, in four writes that are each idempotent:
 * <ol>
 * <li>the record is stored, pending, unless it exists;</li>
 * <li>the enterprise counts it, unless the record says it was counted or its id is in flight there;
 *     the id goes in flight (the record is read inside the change, after the enterprise was loaded,
 *     so a concurrent handling of the same event that finished in between is seen);</li>
 * <li>the record is marked counted;</li>
 * <li>the enterprise lets go of the id.</li>
 * </ol>
 * After each write, "the enterprise counts the record" equals "the record says so, or its id is
 * in flight": a crash anywhere leaves that true, and the event, delivered again, runs the steps
 * again, which complete what is missing. Every step reads and writes one document, so handling an
 * event costs the same whether the enterprise has one record or ten thousand.
 */
@Service
public class CreditRecording {

    private final CreditRecords records;
    private final AggregateStore<Enterprise> enterprises;
    private final CreditRules rules;
    private final Clock clock;
    private final DataQualityFlags flags;
    private final Registry registry;

    CreditRecording(CreditRecords records, AggregateStore<Enterprise> enterprises, CreditRules rules, Clock clock,
            DataQualityFlags flags, Registry registry) {
        this.registry = registry;
        this.records = records;
        this.flags = flags;
        this.enterprises = enterprises;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * A sample whose FAIL is final (accepted, unopposed in its window, confirmed by re-test or decision; ADR 0019):
     * one record, worth more points when a failed item is safety-related. A final PASS (a FAIL overturned) and a
     * risk-monitoring sample (no penalty path) record nothing: null; so does the sample of a re-check (task type
     * RECHECK), whose FAIL is the re-check's (DOMAIN.md §9: its record follows the re-check's escalation, issue 11),
     * not a second record of the failure. The sample's region places the enterprise
     * only when no event placed it before; a sample that places it elsewhere leaves a data-quality flag, and the
     * file where it is.
     */
    public Enterprise sampleFinalized(IncomingEvent<SampleFinalized> event) {
        SampleFinalized failed = event.payload();
        if (!failed.failed() || failed.riskMonitoring() || failed.recheck()) {
            return null;
        }
        Instant now = clock.instant();
        CreditRecord record = CreditRecord.of(event.eventKey(), event.type().type(), failed, now);
        Enterprise enterprise = count(record, failed.enterprise().name(), failed.enterprise().region(), now);
        if (enterprise.conflictsWith(failed.enterprise().region())) {
            flags.insertIfAbsent(DataQualityFlag.regionConflict(record.id(), record.sourceType(), record.sourceId(),
                    record.occurredAt(), enterprise.uscc(), failed.enterprise().name(), enterprise.region(),
                    failed.enterprise().region(), now));
        }
        return enterprise;
    }

    /** A party that refused to be sampled (拒绝抽样): one record. */
    public Enterprise samplingRefused(IncomingEvent<SamplingRefused> event) {
        Instant now = clock.instant();
        SamplingRefused refused = event.payload();
        return count(CreditRecord.of(event.eventKey(), event.type().type(), refused, now), refused.enterprise().name(),
                refused.enterprise().region(), now);
    }

    /** A rectification task that passed its correction deadline: one record. */
    public Enterprise taskOverdue(IncomingEvent<RectificationTaskOverdue> event) {
        Instant now = clock.instant();
        return count(CreditRecord.of(event.eventKey(), event.type().type(), event.payload(), now), null, null, now);
    }

    /**
     * A decided report: a record when it was substantiated (its sourceId is the case id); an unsubstantiated one, or
     * one against a business without a USCC, says nothing about credit.
     */
    public void reportDecided(IncomingEvent<ComplaintReportDecided> event) {
        ComplaintReportDecided decided = event.payload();
        if (!decided.substantiated() || decided.respondent().uscc() == null) {
            return;
        }
        Instant now = clock.instant();
        count(CreditRecord.of(event.eventKey(), event.type().type(), decided, now), decided.respondent().name(),
                decided.respondent().region(), now);
    }

    /** A complaint's mediation ended: a complaint record of the respondent, weighted by the rule table. */
    public void mediationConcluded(IncomingEvent<ComplaintMediationConcluded> event) {
        ComplaintMediationConcluded concluded = event.payload();
        Instant now = clock.instant();
        CreditRecord record = concluded.respondent().uscc() == null ? null
                : CreditRecord.of(event.eventKey(), event.type().type(), concluded, now);
        if (record != null) {
            count(record, concluded.respondent().name(), concluded.respondent().region(), now);
        }
    }

    /** A recall: a record when the regulator ordered it; a voluntary one is recorded when it is completed. */
    public void recallInitiated(IncomingEvent<RecallInitiated> event) {
        RecallInitiated initiated = event.payload();
        if (!"ORDERED".equals(initiated.kind())) {
            return;
        }
        Instant now = clock.instant();
        count(CreditRecord.of(event.eventKey(), event.type().type(), initiated, now), initiated.producer().name(),
                initiated.producer().region(), now);
    }

    /** A missed recall deadline: one record per deadline (the recall raises each once). */
    public void recallOverdue(IncomingEvent<RecallOverdue> event) {
        RecallOverdue overdue = event.payload();
        Instant now = clock.instant();
        count(CreditRecord.of(event.eventKey(), event.type().type(), overdue, now), overdue.producer().name(),
                overdue.producer().region(), now);
    }

    /** A completed voluntary recall: a neutral record that says what came of it. An ordered one was recorded already. */
    public void recallCompleted(IncomingEvent<RecallCompleted> event) {
        RecallCompleted completed = event.payload();
        if (!"VOLUNTARY".equals(completed.kind())) {
            return;
        }
        Instant now = clock.instant();
        count(CreditRecord.of(event.eventKey(), event.type().type(), completed, now), completed.producer().name(),
                completed.producer().region(), now);
    }

    /**
     * Derives the enterprise's tally from its records again and takes it, with the rules as they
     * are now (maintenance: checks the running tally, applies a changed rule table). Reads every
     * record of the enterprise. {@code changed} is false when the running state was the derived one.
     */
    public Outcome<Enterprise> recount(String uscc) {
        return enterprises.change(uscc, enterprise -> enterprise.recount(
                records.countedByType(uscc, enterprise.inFlight()), rules, clock.instant()));
    }

    /**
     * A record that credit itself makes (a penalty decision, a list entry, an approved repair): counted exactly once,
     * by the same four idempotent writes as a record from an event; {@code name} and {@code region} describe the
     * enterprise as the decision names it (null: unknown).
     */
    public Enterprise record(CreditRecord record, String name, String region) {
        return count(record, name, region, clock.instant());
    }

    /**
     * The record stops counting (it stays on the file, worth 0, saying why) and its enterprise is recounted from its
     * records. Both steps are idempotent: a repeat, or a repeat after a crash between them, ends in the same state.
     */
    public Outcome<Enterprise> end(String recordId, String uscc, String because) {
        records.end(recordId, clock.instant(), because);
        return recount(uscc);
    }

    private Enterprise count(CreditRecord record, String name, String region, Instant now) {
        String uscc = record.uscc();
        records.insertIfAbsent(record);
        enterprises.upsert(uscc, () -> Enterprise.open(uscc, rules.starting()), enterprise -> {
            enterprise.describe(name, region);
            if (!enterprise.tallied()) {
                enterprise.recount(records.countedByType(uscc, enterprise.inFlight()), rules, now);
            }
            enterprise.count(records.find(record.id()).orElseThrow(), rules, now);
        });
        records.markCounted(record.id());
        Enterprise settled = enterprises.update(uscc, enterprise -> enterprise.settle(record.id()));
        // what the file learned (name, region of record) enters or keeps the registry (ADR 0025)
        registry.learned(uscc, settled.name(), settled.region());
        return settled;
    }

    /** A re-check after rectification that failed (its public notice): one record. */
    public Enterprise recheckFailed(IncomingEvent<RectificationNoticePublished> event) {
        Instant now = clock.instant();
        RectificationNoticePublished notice = event.payload();
        return count(CreditRecord.of(event.eventKey(), event.type().type(), notice, now), notice.enterprise().name(),
                notice.enterprise().region(), now);
    }
}
