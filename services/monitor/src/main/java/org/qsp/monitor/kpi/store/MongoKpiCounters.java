package org.qsp.monitor.kpi.store;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.qsp.monitor.kpi.KpiCounters;

/**
 * One document per region and month in {@code kpis} ({@code <region>:<YYYY-MM>}): nested counters, and the keys of
 * the last events added to it. An event is added in one single-document update that matches only while its key is
 * not among them; a second delivery matches nothing, and its upsert then collides with the document's id.
 * Redeliveries come soon after the first (a relay that published twice, a consumer that restarted), so the last
 * {@value #RECENT} keys of a document are enough; the timeline entry's own key keeps the rest idempotent.
 */
@Component
class MongoKpiCounters implements KpiCounters {

    static final String COLLECTION = "kpis";
    static final int RECENT = 2000;

    private final MongoTemplate mongo;

    MongoKpiCounters(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("region", Sort.Direction.ASC)
                .on("month", Sort.Direction.ASC).named("region_month"));
    }

    @Override
    public boolean add(String region, YearMonth month, String eventKey, Map<String, Long> increments) {
        String id = region + ":" + month;
        Query notYet = Query.query(Criteria.where("_id").is(id).and("recent").ne(eventKey));
        Update update = new Update().setOnInsert("region", region).setOnInsert("month", month.toString());
        increments.forEach((path, amount) -> update.inc("counts." + path, amount));
        update.push("recent").slice(-RECENT).each(eventKey);
        try {
            var result = mongo.upsert(notYet, update, COLLECTION);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException addedBefore) {
            return false;
        }
    }

    @Override
    public Map<String, Long> of(String region, YearMonth month) {
        Document d = mongo.findById(region + ":" + month, Document.class, COLLECTION);
        return d == null ? Map.of() : flat(d.get("counts", Document.class));
    }

    @Override
    public List<MonthCounts> under(String regionPrefix, YearMonth from, YearMonth to) {
        Criteria criteria = Criteria.where("month").gte(from.toString()).lte(to.toString());
        if (!regionPrefix.isEmpty()) {
            criteria = criteria.and("region").regex("^" + regionPrefix);
        }
        Query query = Query.query(criteria);
        query.fields().exclude("recent");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new MonthCounts(d.getString("region"), YearMonth.parse(d.getString("month")),
                        flat(d.get("counts", Document.class)))).toList();
    }

    private static Map<String, Long> flat(Document counts) {
        Map<String, Long> flat = new HashMap<>();
        if (counts != null) {
            flatten("", counts, flat);
        }
        return flat;
    }

    private static void flatten(String prefix, Document document, Map<String, Long> into) {
        document.forEach((key, value) -> {
            if (value instanceof Document nested) {
                flatten(prefix + key + ".", nested, into);
            } else if (value instanceof Number number) {
                into.put(prefix + key, number.longValue());
            }
        });
    }
}
