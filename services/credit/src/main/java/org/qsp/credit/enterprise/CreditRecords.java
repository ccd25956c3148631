package org.qsp.credit.enterprise;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.qsp.credit.rules.RecordType;

/** The credit records kept so far (a port: the store adapter implements it). */
public interface CreditRecords {

    /** Stores the record unless one with its id exists (the same event delivered again): a no-op then. */
    void insertIfAbsent(CreditRecord record);

    /** The record with that id, as stored now. */
    Optional<CreditRecord> find(String id);

    /** Marks the record counted by its enterprise (no longer pending); a no-op when it is already. */
    void markCounted(String id);

    /** Ends the record: it stays on the file but counts no more (a no-op when it ended already, or is absent). */
    void end(String id, Instant at, String because);

    /** One page of an enterprise's records, newest first (ties by id, so that the order is stable). */
    RecordPage newest(String uscc, int page, int size);

    /**
     * How many records of the enterprise count, by type ({@link CreditRecord#countsWith}: those marked counted and
     * those whose id is in {@code inFlight}, not ended). Reads every record of the enterprise: for checks and
     * maintenance, never once per event.
     */
    Map<RecordType, Integer> countedByType(String uscc, Collection<String> inFlight);
}
