package org.qsp.credit.enterprise;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.enterprise.store.CreditRecords;
import org.qsp.credit.enterprise.store.Enterprises;
import org.qsp.credit.rules.CreditRules;
import org.qsp.platform.errors.OptimisticRetry;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxRelay;

/**
 * Records what other services report about an enterprise and reassesses it. Each source event
 * becomes exactly one record (its id is the event's {@code ce_source/ce_id}); the reassessment
 * runs also when the record already existed, so that a crash between the two writes heals when
 * the event is delivered again.
 */
@Service
public class CreditRecording {

    public static final String COLLECTION = "enterprises";

    private final CreditRecords records;
    private final Enterprises enterprises;
    private final CreditRules rules;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Clock clock;

    CreditRecording(CreditRecords records, Enterprises enterprises, CreditRules rules, Outbox outbox,
            OutboxRelay relay, Clock clock) {
        this.records = records;
        this.enterprises = enterprises;
        this.rules = rules;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    /** A failed sample: one record, worth more points when a failed item is safety-related. */
    public Enterprise sampleFailed(String eventKey, String eventType, SampleFailed failed) {
        EnterpriseRef enterprise = failed.enterprise();
        return record(CreditRecord.of(eventKey, eventType, failed, clock.instant()), enterprise.name(),
                enterprise.region());
    }

    /** A rectification task that passed its correction deadline: one record. */
    public Enterprise taskOverdue(String eventKey, String eventType, RectificationTaskOverdue overdue) {
        return record(CreditRecord.of(eventKey, eventType, overdue, clock.instant()), null, null);
    }

    private Enterprise record(CreditRecord record, String name, String region) {
        records.insertIfAbsent(record);
        return OptimisticRetry.run(() -> reassess(record.uscc(), name, region));
    }

    private Enterprise reassess(String uscc, String name, String region) {
        Enterprise enterprise = enterprises.findById(uscc).orElseGet(() -> Enterprise.open(uscc, rules.starting()));
        List<CreditRecord> all = records.findByUsccOrderByOccurredAtDescIdAsc(uscc);
        boolean described = enterprise.describe(name, region);
        boolean reassessed = enterprise.reassess(rules.assess(all.stream().map(CreditRecord::ref).toList()), outbox,
                clock.instant());
        if (!described && !reassessed && !enterprise.isNew()) {
            return enterprise;
        }
        Enterprise saved = save(enterprise);
        if (!saved.getOutbox().isEmpty()) {
            relay.publishSoon(COLLECTION, uscc);
        }
        return saved;
    }

    private Enterprise save(Enterprise enterprise) {
        try {
            return enterprises.save(enterprise);
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new OptimisticLockingFailureException("enterprise " + enterprise.uscc() + " was created meanwhile",
                    createdMeanwhile);
        }
    }
}
