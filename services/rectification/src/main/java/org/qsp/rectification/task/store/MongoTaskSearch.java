package org.qsp.rectification.task.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.platform.paging.Page;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskSearch;
import org.qsp.rectification.task.TaskStatus;

/** The task queries on the {@code tasks} collection, each served by one of the aggregate's indexes. */
@Component
class MongoTaskSearch implements TaskSearch {

    /** Newest order first; the id breaks ties so that pages do not overlap. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("order.orderedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoTaskSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<RectificationTask> find(Filter filter, int page, int size) {
        Query query = new Query();
        if (filter.regionPrefix() != null) {
            // an anchored prefix of a digits-only code, served by the enterprise.region index
            query.addCriteria(Criteria.where("enterprise.region").regex("^" + filter.regionPrefix()));
        }
        if (filter.uscc() != null) {
            query.addCriteria(Criteria.where("enterprise.uscc").is(filter.uscc()));
        }
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status()));
        }
        long total = mongo.count(query, RectificationTask.class);
        Query pageQuery = Query.of(query).with(NEWEST_FIRST).skip((long) page * size).limit(size);
        return new Page<>(mongo.find(pageQuery, RectificationTask.class), page, size, total);
    }

    @Override
    public List<String> deadlineBefore(Set<TaskStatus> statuses, LocalDate day, int limit) {
        Query query = new Query(Criteria.where("status").in(statuses).and("order.correctionDeadline").lt(day))
                .with(Sort.by("order.correctionDeadline", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, RectificationTask.class).stream().map(RectificationTask::id).toList();
    }
}
