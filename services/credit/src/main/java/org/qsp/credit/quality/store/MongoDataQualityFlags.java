package org.qsp.credit.quality.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.quality.DataQualityFlag;
import org.qsp.credit.quality.DataQualityFlags;
import org.qsp.credit.quality.FlagPage;

@Repository
class MongoDataQualityFlags implements DataQualityFlags {

    private final MongoTemplate mongo;

    MongoDataQualityFlags(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insertIfAbsent(DataQualityFlag flag) {
        try {
            mongo.insert(flag);
        } catch (DuplicateKeyException alreadyFlagged) {
            // the same source event again: its flag is there
        }
    }

    @Override
    public Optional<DataQualityFlag> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DataQualityFlag.class));
    }

    /** Anchored prefixes on either region: each side of the $or is served by its region index. */
    @Override
    public FlagPage search(String regionPrefix, String uscc, int page, int size) {
        Criteria criteria = new Criteria().orOperator(where("regionOfRecord").regex("^" + regionPrefix),
                where("claimedRegion").regex("^" + regionPrefix));
        if (uscc != null) {
            criteria = new Criteria().andOperator(criteria, where("uscc").is(uscc));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, DataQualityFlag.class);
        query.with(Sort.by(Sort.Order.desc("detectedAt"), Sort.Order.asc("_id"))).skip((long) page * size)
                .limit(size);
        return new FlagPage(mongo.find(query, DataQualityFlag.class), page, size, total);
    }

    @Override
    public long countOf(String uscc) {
        return mongo.count(Query.query(where("uscc").is(uscc)), DataQualityFlag.class);
    }
}
