package org.qsp.recall.lead.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.PagedQuery;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.lead.LeadSearch;

/** The lead queries on the {@code leads} collection, served by its region and producer indexes. */
@Component
class MongoLeadSearch implements LeadSearch {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoLeadSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<DefectLead> find(Filter filter, int page, int size) {
        return PagedQuery.of(DefectLead.class).startsWith("subject.region", filter.regionPrefix())
                .is("subject.producer.uscc", filter.uscc()).is("status", filter.status())
                .page(mongo, NEWEST_FIRST, page, size);
    }
}
