package org.qsp.credit.enterprise;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.rules.CreditRules;
import org.qsp.platform.events.IncomingEvent;
import org.qsp.platform.store.AggregateStore;

/**
 * Records what other services report about an enterprise and reassesses it. Each source event
 * becomes exactly one record (its id is the event's {@code ce_source/ce_id}); the reassessment
 * runs also when the record already existed, so that a crash between the two writes heals when
 * the event is delivered again. The records are read inside the change: when another event of the
 * same enterprise saved first, the store runs the change again and it counts that event's record too.
 */
@Service
public class CreditRecording {

    private final CreditRecords records;
    private final AggregateStore<Enterprise> enterprises;
    private final CreditRules rules;
    private final Clock clock;

    CreditRecording(CreditRecords records, AggregateStore<Enterprise> enterprises, CreditRules rules, Clock clock) {
        this.records = records;
        this.enterprises = enterprises;
        this.rules = rules;
        this.clock = clock;
    }

    /** A failed sample: one record, worth more points when a failed item is safety-related. */
    public Enterprise sampleFailed(IncomingEvent<SampleFailed> event) {
        Instant now = clock.instant();
        SampleFailed failed = event.payload();
        records.insertIfAbsent(CreditRecord.of(event.eventKey(), event.type().type(), failed, now));
        return reassess(failed.enterprise().uscc(), failed.enterprise().name(), failed.enterprise().region(), now);
    }

    /** A rectification task that passed its correction deadline: one record. */
    public Enterprise taskOverdue(IncomingEvent<RectificationTaskOverdue> event) {
        Instant now = clock.instant();
        records.insertIfAbsent(CreditRecord.of(event.eventKey(), event.type().type(), event.payload(), now));
        return reassess(event.payload().uscc(), null, null, now);
    }

    private Enterprise reassess(String uscc, String name, String region, Instant now) {
        return enterprises.upsert(uscc, () -> Enterprise.open(uscc, rules.starting()), enterprise -> {
            enterprise.describe(name, region);
            enterprise.reassess(rules.assess(records.of(uscc).stream().map(CreditRecord::ref).toList()), now);
        }).aggregate();
    }
}
