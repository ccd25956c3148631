package org.qsp.recall.investigation.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.PagedQuery;
import org.qsp.recall.investigation.Investigation;
import org.qsp.recall.investigation.InvestigationSearch;

/** The investigation queries on the {@code investigations} collection, served by its region and producer indexes. */
@Component
class MongoInvestigationSearch implements InvestigationSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoInvestigationSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Investigation> find(Filter filter, int page, int size) {
        return PagedQuery.of(Investigation.class).startsWith("subject.region", filter.regionPrefix())
                .is("subject.producer.uscc", filter.uscc()).is("status", filter.status())
                .page(mongo, NEWEST_FIRST, page, size);
    }
}
