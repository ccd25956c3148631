package org.qsp.credit.enterprise;

import java.util.List;

/** The credit records kept so far (a port: the store adapter implements it). */
public interface CreditRecords {

    /** Stores the record unless one with its id exists (the same event delivered again): a no-op then. */
    void insertIfAbsent(CreditRecord record);

    /** An enterprise's records, newest first (ties by id, so that the order is stable). */
    List<CreditRecord> of(String uscc);
}
