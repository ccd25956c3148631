package org.qsp.credit.repair.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.repair.RepairApplication;
import org.qsp.credit.repair.RepairApplications;
import org.qsp.credit.repair.RepairTarget;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.PagedQuery;

@Repository
class MongoRepairApplications implements RepairApplications {

    private final MongoTemplate mongo;

    MongoRepairApplications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RepairApplication> open(RepairTarget target, String targetId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("target").is(target).and("targetId").is(targetId)
                .and("status").is(RepairApplication.Status.OPEN)), RepairApplication.class));
    }

    @Override
    public long count(RepairTarget target, String targetId) {
        return mongo.count(Query.query(where("target").is(target).and("targetId").is(targetId)),
                RepairApplication.class);
    }

    @Override
    public Page<RepairApplication> find(String uscc, String regionPrefix, RepairApplication.Status status, int page,
            int size) {
        return PagedQuery.of(RepairApplication.class).is("uscc", uscc).startsWith("region", regionPrefix)
                .is("status", status)
                .page(mongo, Sort.by(Sort.Order.desc("appliedAt"), Sort.Order.asc("_id")), page, size);
    }
}
