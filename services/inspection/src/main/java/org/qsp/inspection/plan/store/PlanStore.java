package org.qsp.inspection.plan.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.inspection.plan.Plan;
import org.qsp.inspection.plan.PlanSearch;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.platform.store.PagedQuery;

@Configuration(proxyBeanMethods = false)
class PlanStore {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("spec.year"), Sort.Order.desc("publishedAt"),
            Sort.Order.desc("_id"));

    @Bean
    AggregateStore<Plan> plans(AggregateStores stores) {
        return stores.of(Plan.class, Plan.DESCRIPTION);
    }

    @Bean
    PlanSearch planSearch(MongoTemplate mongo) {
        return (prefix, year, page, size) -> PagedQuery.of(Plan.class).startsWith("spec.region", prefix)
                .is("spec.year", year).page(mongo, NEWEST_FIRST, page, size);
    }
}
