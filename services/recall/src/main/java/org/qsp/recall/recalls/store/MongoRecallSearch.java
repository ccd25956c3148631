package org.qsp.recall.recalls.store;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.PagedQuery;
import org.qsp.recall.recalls.Recall;
import org.qsp.recall.recalls.RecallSearch;

/** The recall queries on the {@code recalls} collection, served by its region, producer and deadline indexes. */
@Component
class MongoRecallSearch implements RecallSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("initiatedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoRecallSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Recall> find(Filter filter, int page, int size) {
        return PagedQuery.of(Recall.class).startsWith("region", filter.regionPrefix())
                .is("producer.uscc", filter.uscc()).is("status", filter.status()).is("kind", filter.kind())
                .is("overdue", filter.overdue()).page(mongo, NEWEST_FIRST, page, size);
    }

    @Override
    public List<String> dueBy(Instant now, int limit) {
        Query query = new Query(Criteria.where("nextDueAt").lte(now)).with(Sort.by("nextDueAt", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Recall.class).stream().map(Recall::id).toList();
    }
}
