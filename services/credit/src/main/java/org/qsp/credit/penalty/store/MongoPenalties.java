package org.qsp.credit.penalty.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import org.qsp.credit.penalty.Penalties;
import org.qsp.credit.penalty.Penalty;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.PagedQuery;

@Repository
class MongoPenalties implements Penalties {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"));
    private static final Sort BY_UPDATE = Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    MongoPenalties(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Shown now: not withdrawn, not repaired, still within its period. Changed since: updated since then, or expired
     * since then (an expiry writes nothing, so it is asked for by its time).
     */
    @Override
    public Page<Penalty> published(String uscc, Instant updatedSince, Instant now, int page, int size) {
        Criteria criteria = updatedSince == null
                ? new Criteria().andOperator(where("withdrawnAt").is(null), where("repairedAt").is(null),
                        where("shownUntil").gt(now))
                : new Criteria().orOperator(where("updatedAt").gt(updatedSince),
                        where("shownUntil").gt(updatedSince).lte(now));
        return PagedQuery.of(Penalty.class).is("decision.uscc", uscc).where(criteria, criteria)
                .page(mongo, updatedSince == null ? NEWEST_FIRST : BY_UPDATE, page, size);
    }

    @Override
    public Page<Penalty> inRegion(String regionPrefix, String uscc, int page, int size) {
        return PagedQuery.of(Penalty.class).startsWith("decision.region", regionPrefix).is("decision.uscc", uscc)
                .page(mongo, NEWEST_FIRST, page, size);
    }
}
