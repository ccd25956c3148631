package org.qsp.credit.list.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.list.CreditList;
import org.qsp.credit.list.ListEntries;
import org.qsp.credit.list.ListEntry;
import org.qsp.credit.list.ListReason;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.PagedQuery;

@Repository
class MongoListEntries implements ListEntries {

    private static final String EXITED_AT = "exitedAt";

    private final MongoTemplate mongo;

    MongoListEntries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<ListEntry> open(String uscc) {
        return mongo.find(Query.query(where("uscc").is(uscc).and(EXITED_AT).is(null))
                .with(Sort.by("since", "_id")), ListEntry.class);
    }

    @Override
    public long count(String uscc, ListReason reason) {
        return mongo.count(Query.query(where("uscc").is(uscc).and("reason").is(reason)), ListEntry.class);
    }

    @Override
    public List<String> due(CreditList list, Instant now, int limit) {
        Query query = Query.query(where(EXITED_AT).is(null).and("until").lte(now).and("list").is(list))
                .with(Sort.by("until", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(ListEntry.class)).stream()
                .map(d -> d.getString("_id")).toList();
    }

    @Override
    public Page<ListEntry> inRegion(String regionPrefix, CreditList list, boolean openOnly, int page, int size) {
        return PagedQuery.of(ListEntry.class).startsWith("region", regionPrefix).is("list", list)
                .where(openOnly ? Boolean.TRUE : null, where(EXITED_AT).is(null))
                .page(mongo, Sort.by(Sort.Order.desc("since"), Sort.Order.asc("_id")), page, size);
    }
}
