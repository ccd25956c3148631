package org.qsp.credit.list.web;

import java.time.Instant;

import org.qsp.credit.list.CreditList;
import org.qsp.credit.list.ListEntry;
import org.qsp.credit.list.ListExit;
import org.qsp.credit.list.ListReason;

/** A list entry as regulators of its region see it (who listed it by hand stays internal to the store). */
record ListEntryView(String id, CreditList list, String uscc, String enterpriseName, String region, ListReason reason,
        String sourceId, Instant since, Instant until, Instant movesAt, Instant exitedAt, ListExit exit,
        String exitNote) {

    static ListEntryView of(ListEntry e) {
        return new ListEntryView(e.id(), e.list(), e.uscc(), e.enterpriseName(), e.region(), e.reason(), e.sourceId(),
                e.since(), e.until(), e.movesAt(), e.exitedAt(), e.exit(), e.exitNote());
    }
}
