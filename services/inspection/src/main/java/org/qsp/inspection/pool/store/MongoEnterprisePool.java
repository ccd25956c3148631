package org.qsp.inspection.pool.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.qsp.inspection.pool.EnterprisePool;
import org.qsp.inspection.pool.PoolEnterprise;
import org.qsp.inspection.pool.RiskClass;

/** The enterprise pool on {@code pool_enterprises}: unordered bulk upserts by USCC, one sorted projection query. */
@Component
class MongoEnterprisePool implements EnterprisePool {

    private final MongoTemplate mongo;

    MongoEnterprisePool(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void upsertAll(List<PoolEnterprise> entries) {
        if (entries.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PoolEnterprise.COLLECTION);
        for (PoolEnterprise e : entries) {
            Update update = new Update().set("name", e.name()).set("region", e.region())
                    .set("categories", e.categories()).set("status", e.status()).set("updatedAt", e.updatedAt());
            if (e.riskClass() != null) {
                update.set("riskClass", e.riskClass().name());
            }
            bulk.upsert(Query.query(Criteria.where("_id").is(e.uscc())), update);
        }
        bulk.execute();
    }

    @Override
    public void classChanged(String uscc, RiskClass riskClass, Instant at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(uscc)),
                new Update().set("riskClass", riskClass.name()).set("classChangedAt", at), PoolEnterprise.COLLECTION);
    }

    @Override
    public void eligible(String regionPrefix, List<String> categories, Consumer<Eligible> sink) {
        List<Bson> filters = new ArrayList<>();
        if (!regionPrefix.isEmpty()) {
            filters.add(Filters.regex("region", "^" + regionPrefix));
        }
        filters.add(Filters.in("categories", categories));
        filters.add(Filters.eq("status", PoolEnterprise.ACTIVE));
        filters.add(Filters.in("riskClass", "A", "B", "C", "D"));
        try (var cursor = mongo.getCollection(PoolEnterprise.COLLECTION).find(Filters.and(filters))
                .projection(Projections.include("riskClass", "categories")).sort(Sorts.ascending("_id"))
                .batchSize(10_000).iterator()) {
            while (cursor.hasNext()) {
                Document d = cursor.next();
                sink.accept(new Eligible(d.getString("_id"), RiskClass.valueOf(d.getString("riskClass")),
                        d.getList("categories", String.class)));
            }
        }
    }
}
