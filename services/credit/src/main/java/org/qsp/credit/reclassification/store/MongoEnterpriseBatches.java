package org.qsp.credit.reclassification.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.reclassification.EnterpriseBatches;
import org.qsp.credit.rules.RecordType;

/** Batches by the id index of {@code enterprises}; a batch's records grouped by enterprise and type in the store. */
@Repository
class MongoEnterpriseBatches implements EnterpriseBatches {

    private final MongoTemplate mongo;

    MongoEnterpriseBatches(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long count() {
        return mongo.estimatedCount(Enterprise.class);
    }

    @Override
    public List<Enterprise> after(String uscc, int limit) {
        Query query = uscc == null ? new Query() : Query.query(where("_id").gt(uscc));
        return mongo.find(query.with(Sort.by("_id")).limit(limit), Enterprise.class);
    }

    /**
     * Records without the pending flag count, as in the single recount; so do the ids in flight. A batch is a range
     * of USCCs (consecutive in USCC order), so its records are one range of the records' USCC index, not hundreds of
     * point lookups; a record in the range whose enterprise is not in the batch (none exists) is left out.
     */
    @Override
    public Map<String, Map<RecordType, Integer>> countedByType(Collection<Enterprise> enterprises) {
        if (enterprises.isEmpty()) {
            return Map.of();
        }
        java.util.Set<String> usccs = new java.util.HashSet<>();
        List<String> inFlight = new ArrayList<>();
        enterprises.forEach(e -> {
            usccs.add(e.uscc());
            inFlight.addAll(e.inFlight());
        });
        String first = java.util.Collections.min(usccs);
        String last = java.util.Collections.max(usccs);
        // what counts is what MongoCreditRecords.countedByType counts: not ended (a revoked penalty, a repaired
        // publication), and not pending unless in flight
        var counted = Filters.and(Filters.gte("uscc", first), Filters.lte("uscc", last), Filters.eq("endedAt", null),
                Filters.or(Filters.ne("pending", true), Filters.in("_id", inFlight)));
        Map<String, Map<RecordType, Integer>> byEnterprise = new HashMap<>();
        mongo.getCollection(mongo.getCollectionName(CreditRecord.class)).aggregate(List.of(Aggregates.match(counted),
                Aggregates.group(new Document("uscc", "$uscc").append("type", "$type"), Accumulators.sum("n", 1))))
                .forEach(line -> {
                    Document key = line.get("_id", Document.class);
                    if (!usccs.contains(key.getString("uscc"))) {
                        return;
                    }
                    byEnterprise.computeIfAbsent(key.getString("uscc"), k -> new EnumMap<>(RecordType.class))
                            .put(RecordType.valueOf(key.getString("type")), ((Number) line.get("n")).intValue());
                });
        return byEnterprise;
    }
}
