package org.qsp.rectification.task.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
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

    @Override
    public List<String> recheckDueBy(LocalDate day, int limit) {
        Query query = new Query(Criteria.where("status").is(TaskStatus.OVERDUE).and("order.recheckDue").lte(day)
                .and("rechecks.round").ne(1))
                .with(Sort.by("order.recheckDue", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, RectificationTask.class).stream().map(RectificationTask::id).toList();
    }

    @Override
    public List<String> secondRecheckFrom(LocalDate day, int limit) {
        Query query = new Query(Criteria.where("status").is(TaskStatus.RECHECK_FAILED)
                .and("publicNotice.secondRecheckFrom").lte(day).and("rechecks.round").ne(2))
                .with(Sort.by("publicNotice.secondRecheckFrom", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, RectificationTask.class).stream().map(RectificationTask::id).toList();
    }

    /**
     * One $match on the enterprise region prefix and the correction deadline (the region_by_deadline index) and one
     * $group by enterprise region summing the figures each task keeps: plain $sum of stored numbers, which
     * mongo-java-server and MongoDB both do.
     */
    @Override
    public List<RegionFigures> figures(String regionPrefix, LocalDate from, LocalDate to) {
        Criteria match = Criteria.where("enterprise.region").regex("^" + regionPrefix)
                .and("order.correctionDeadline").gte(from).lte(to);
        Aggregation aggregation = Aggregation.newAggregation(Aggregation.match(match),
                Aggregation.group("enterprise.region").count().as("due")
                        .sum("figures.closed").as("closed")
                        .sum("figures.closedOnTime").as("closedOnTime")
                        .sum("figures.overdue").as("overdue")
                        .sum("figures.daysToClose").as("daysToClose"));
        return mongo.aggregate(aggregation, RectificationTask.COLLECTION, Document.class).getMappedResults().stream()
                .map(d -> new RegionFigures(d.getString("_id"), number(d, "due"), number(d, "closed"),
                        number(d, "closedOnTime"), number(d, "overdue"), number(d, "daysToClose")))
                .toList();
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
