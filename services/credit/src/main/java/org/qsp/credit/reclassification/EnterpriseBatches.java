package org.qsp.credit.reclassification;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.rules.RecordType;

/** Enterprises and their counted records, a batch at a time in USCC order (a port: the store implements it). */
public interface EnterpriseBatches {

    /** How many enterprises there are. */
    long count();

    /** Up to {@code limit} enterprises after {@code uscc} (null: from the first), in USCC order: one query. */
    List<Enterprise> after(String uscc, int limit);

    /**
     * How many records of each enterprise count, by type (those marked counted and those in flight at each
     * enterprise): one query for the whole batch, grouped in the store. An enterprise without records is absent.
     */
    Map<String, Map<RecordType, Integer>> countedByType(Collection<Enterprise> enterprises);
}
