package org.qsp.credit.enterprise.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecords;

@Repository
class MongoCreditRecords implements CreditRecords {

    private final MongoTemplate mongo;

    MongoCreditRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insertIfAbsent(CreditRecord record) {
        try {
            mongo.insert(record);
        } catch (DuplicateKeyException alreadyRecorded) {
            // the same source event again: its record is there
        }
    }

    @Override
    public List<CreditRecord> of(String uscc) {
        return mongo.find(Query.query(where("uscc").is(uscc))
                .with(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.asc("id"))), CreditRecord.class);
    }
}
