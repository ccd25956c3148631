package org.qsp.credit.enterprise.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecords;
import org.qsp.credit.enterprise.RecordPage;
import org.qsp.credit.rules.RecordType;

@Repository
class MongoCreditRecords implements CreditRecords {

    private static final String ID = "_id";
    private static final String PENDING = "pending";
    private static final String ENDED_AT = "endedAt";

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
    public Optional<CreditRecord> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CreditRecord.class));
    }

    /** By id alone, so that the id index serves it; a record marked already stays as it is. */
    @Override
    public void markCounted(String id) {
        mongo.updateFirst(Query.query(where(ID).is(id)), Update.update(PENDING, false), CreditRecord.class);
    }

    /** By id alone; the first end stays (a record ends once). */
    @Override
    public void end(String id, Instant at, String because) {
        mongo.updateFirst(Query.query(where(ID).is(id).and(ENDED_AT).is(null)),
                new Update().set(ENDED_AT, at).set("endedBecause", because), CreditRecord.class);
    }

    @Override
    public RecordPage newest(String uscc, int page, int size) {
        Query query = Query.query(where("uscc").is(uscc));
        long total = mongo.count(query, CreditRecord.class);
        query.with(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.asc(ID))).skip((long) page * size).limit(size);
        return new RecordPage(mongo.find(query, CreditRecord.class), page, size, total);
    }

    /** The enterprise's records by its index, with what counting needs; counted here by the one rule of CreditRecord. */
    @Override
    public Map<RecordType, Integer> countedByType(String uscc, Collection<String> inFlight) {
        Query of = Query.query(where("uscc").is(uscc));
        of.fields().include("uscc", "type", PENDING, ENDED_AT);
        return CreditRecord.tally(mongo.find(of, CreditRecord.class), inFlight);
    }
}
