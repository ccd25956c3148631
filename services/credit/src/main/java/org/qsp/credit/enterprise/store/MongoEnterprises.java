package org.qsp.credit.enterprise.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.enterprise.EnterprisePage;
import org.qsp.credit.enterprise.Enterprises;
import org.qsp.credit.rules.RiskClass;

@Repository
class MongoEnterprises implements Enterprises {

    private final MongoTemplate mongo;

    MongoEnterprises(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An anchored prefix of the region, so that the region indexes serve the query. */
    @Override
    public EnterprisePage inRegion(String regionPrefix, Optional<RiskClass> riskClass, int page, int size) {
        Criteria criteria = where("region").regex("^" + regionPrefix);
        riskClass.ifPresent(c -> criteria.and("riskClass").is(c));
        Query query = Query.query(criteria);
        long total = mongo.count(query, Enterprise.class);
        query.with(Sort.by(Sort.Order.asc("score"), Sort.Order.asc("uscc"))).skip((long) page * size).limit(size);
        return new EnterprisePage(mongo.find(query, Enterprise.class), page, size, total);
    }
}
