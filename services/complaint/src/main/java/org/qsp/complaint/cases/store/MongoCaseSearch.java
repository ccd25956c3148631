package org.qsp.complaint.cases.store;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.complaint.cases.CaseSearch;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.platform.paging.Page;

/** The case queries on the {@code cases} collection, each served by one of the aggregate's indexes. */
@Component
class MongoCaseSearch implements CaseSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoCaseSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<ComplaintCase> find(Filter filter, int page, int size) {
        Query query = new Query();
        if (filter.regionPrefix() != null) {
            query.addCriteria(Criteria.where("authorityRegion").regex("^" + filter.regionPrefix()));
        }
        if (filter.uscc() != null) {
            query.addCriteria(Criteria.where("respondent.uscc").is(filter.uscc()));
        }
        if (filter.filedBy() != null) {
            query.addCriteria(Criteria.where("filedBy").is(filter.filedBy()));
        }
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status()));
        }
        if (filter.overdue() != null) {
            query.addCriteria(filter.overdue() ? Criteria.where("acceptanceOverdueAt").ne(null)
                    : Criteria.where("acceptanceOverdueAt").is(null));
        }
        if (filter.kind() != null) {
            query.addCriteria(Criteria.where("kind").is(filter.kind()));
        }
        long total = mongo.count(query, ComplaintCase.class);
        Query pageQuery = Query.of(query).with(NEWEST_FIRST).skip((long) page * size).limit(size);
        return new Page<>(mongo.find(pageQuery, ComplaintCase.class), page, size, total);
    }

    @Override
    public List<String> acceptanceDeadlineBefore(LocalDate day, int limit) {
        Query query = new Query(Criteria.where("status").is(CaseStatus.RECEIVED).and("acceptanceDeadline").lt(day)
                .and("acceptanceOverdueAt").is(null)).with(Sort.by("acceptanceDeadline", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, ComplaintCase.class).stream().map(ComplaintCase::id).toList();
    }
}
