package org.qsp.rectification.task.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

/** The queries that combine optional filters, and the overdue check's candidates. */
@Component
public class TaskSearch {

    /** Newest order first; the id breaks ties so that pages do not overlap. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("order.orderedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    public TaskSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Tasks of enterprises the authority of {@code region} supervises, optionally of one enterprise and status. */
    public Page<RectificationTask> supervisedBy(String region, String uscc, TaskStatus status, Pageable pageable) {
        Criteria criteria = Criteria.where("supervisingRegions").is(region);
        if (uscc != null) {
            criteria = criteria.and("enterprise.uscc").is(uscc);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = new Query(criteria);
        List<RectificationTask> page = mongo.find(Query.of(query).with(pageable), RectificationTask.class);
        return PageableExecutionUtils.getPage(page, pageable, () -> mongo.count(query, RectificationTask.class));
    }

    /** Ids of tasks in one of {@code statuses} whose correction deadline is before {@code day}. */
    public List<String> deadlineBefore(Set<TaskStatus> statuses, LocalDate day, int limit) {
        Query query = new Query(Criteria.where("status").in(statuses).and("order.correctionDeadline").lt(day))
                .with(Sort.by("order.correctionDeadline", "_id")).limit(limit);
        return mongo.find(query, RectificationTask.class).stream().map(RectificationTask::id).toList();
    }
}
