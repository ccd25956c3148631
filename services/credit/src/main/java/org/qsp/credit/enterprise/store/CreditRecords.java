package org.qsp.credit.enterprise.store;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.qsp.credit.enterprise.CreditRecord;

public interface CreditRecords extends MongoRepository<CreditRecord, String> {

    /** An enterprise's records, newest first (ties by id, so that the order is stable). */
    List<CreditRecord> findByUsccOrderByOccurredAtDescIdAsc(String uscc);

    long countByUscc(String uscc);

    /** Stores the record unless one with its id exists (the same event delivered again): no-op then. */
    default boolean insertIfAbsent(CreditRecord record) {
        try {
            insert(record);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }
}
