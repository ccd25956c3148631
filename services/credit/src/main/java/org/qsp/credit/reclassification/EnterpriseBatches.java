package org.qsp.credit.reclassification;

import java.util.List;

import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;

/** Enterprises with their records, a batch at a time in USCC order (a port: the store implements it). */
public interface EnterpriseBatches {

    /** How many enterprises there are. */
    long count();

    /**
     * The enterprises after {@code uscc} (null: from the first) in USCC order, each with its records: two queries
     * for the whole run (the enterprises, and their records, both in USCC order), read as they go and merged, so
     * that a run costs what its enterprises and records cost, once. Close it.
     */
    Cursor after(String uscc, int batchSize);

    /** A run's way through the enterprises. */
    interface Cursor extends AutoCloseable {

        /** Up to the batch size of the next enterprises, each with its records; empty at the end. */
        List<Entry> next();

        @Override
        void close();
    }

    /**
     * An enterprise as stored when the cursor reached it, and its records then (each with what counting needs: id,
     * type, pending, ended; see {@link CreditRecord#countsWith}).
     */
    record Entry(Enterprise enterprise, List<CreditRecord> records) {
    }
}
