package org.qsp.monitor.enterprise.store;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.qsp.monitor.enterprise.Enterprise;
import org.qsp.monitor.enterprise.Enterprises;

/** Enterprises in {@code enterprises} (id: the USCC), with an index on region and class for the distribution. */
@Component
class MongoEnterprises implements Enterprises {

    static final String COLLECTION = "enterprises";
    private static final List<String> CLASSES = List.of("A", "B", "C", "D");

    private final MongoTemplate mongo;

    MongoEnterprises(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("region", Sort.Direction.ASC)
                .on("creditClass", Sort.Direction.ASC).named("region_class"));
    }

    @Override
    public Optional<Enterprise> find(String uscc) {
        return Optional.ofNullable(mongo.findById(uscc, Document.class, COLLECTION)).map(d -> new Enterprise(
                d.getString("_id"), d.getString("name"), d.getString("region"), d.getString("creditClass"),
                d.getInteger("creditScore"), Optional.ofNullable(d.getDate("classChangedAt")).map(Date::toInstant)
                        .orElse(null)));
    }

    @Override
    public void remember(String uscc, String name, String region) {
        Document known = mongo.findById(uscc, Document.class, COLLECTION);
        if (known != null && (name == null || name.equals(known.getString("name")))
                && (region == null || region.equals(known.getString("region")))) {
            return; // most events name an enterprise already known as it is: a read instead of a write
        }
        Update update = new Update().setOnInsert("firstSeen", new Date());
        if (name != null) {
            update.set("name", name);
        }
        if (region != null) {
            update.set("region", region);
        }
        upsert(Query.query(Criteria.where("_id").is(uscc)), update);
    }

    @Override
    public void classChanged(String uscc, String creditClass, int score, Instant at) {
        Query notLater = Query.query(Criteria.where("_id").is(uscc).orOperator(
                Criteria.where("classChangedAt").is(null), Criteria.where("classChangedAt").lt(Date.from(at))));
        Update update = new Update().set("creditClass", creditClass).set("creditScore", score)
                .set("classChangedAt", Date.from(at));
        if (!mongo.exists(Query.query(Criteria.where("_id").is(uscc)), COLLECTION)) {
            upsert(Query.query(Criteria.where("_id").is(uscc)), new Update().setOnInsert("firstSeen", new Date()));
        }
        mongo.updateFirst(notLater, update, COLLECTION);
    }

    @Override
    public Map<String, Long> classCounts(String regionPrefix) {
        Map<String, Long> counts = new HashMap<>();
        for (String c : CLASSES) {
            Criteria criteria = Criteria.where("creditClass").is(c);
            if (!regionPrefix.isEmpty()) {
                criteria = criteria.and("region").regex("^" + regionPrefix);
            }
            counts.put(c, mongo.count(Query.query(criteria), COLLECTION));
        }
        return counts;
    }

    private void upsert(Query query, Update update) {
        try {
            mongo.upsert(query, update, COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            mongo.upsert(query, update, COLLECTION);
        }
    }
}
