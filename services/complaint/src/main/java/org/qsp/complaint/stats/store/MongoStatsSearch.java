package org.qsp.complaint.stats.store;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.complaint.cases.CaseKind;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.complaint.stats.StatsSearch;

/** The statistics' reads of the {@code cases} collection: projections without any personal field. */
@Component
class MongoStatsSearch implements StatsSearch {

    private final MongoTemplate mongo;

    MongoStatsSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<ComplaintFacts> complaintsAgainst(String uscc) {
        Query query = new Query(Criteria.where("respondent.uscc").is(uscc).and("kind").is(CaseKind.COMPLAINT))
                .with(Sort.by("receivedAt"));
        query.fields().include("respondent.name", "receivedAt", "status", "mediation.outcome");
        return mongo.find(query, Document.class, ComplaintCase.COLLECTION).stream().map(d -> {
            Document mediation = d.get("mediation", Document.class);
            return new ComplaintFacts(d.get("respondent", Document.class).getString("name"),
                    d.getDate("receivedAt").toInstant(), d.getString("status"),
                    mediation == null ? null : mediation.getString("outcome"));
        }).toList();
    }

    @Override
    public List<BusinessCount> topBusinesses(String regionPrefix, int max) {
        var aggregation = newAggregation(
                match(Criteria.where("kind").is(CaseKind.COMPLAINT.name()).and("respondent.uscc").ne(null)
                        .and("authorityRegion").regex("^" + regionPrefix)),
                group("respondent.uscc").count().as("complaints").last("respondent.name").as("name"),
                sort(Sort.by(Sort.Order.desc("complaints"), Sort.Order.asc("_id"))),
                limit(max));
        return mongo.aggregate(aggregation, ComplaintCase.COLLECTION, Document.class).getMappedResults().stream()
                .map(d -> new BusinessCount(d.getString("_id"), d.getString("name"),
                        ((Number) d.get("complaints")).longValue()))
                .toList();
    }
}
