package org.qsp.inspection.draw.store;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.inspection.draw.Draw;
import org.qsp.inspection.draw.DrawSearch;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

@Configuration(proxyBeanMethods = false)
class DrawStore {

    @Bean
    AggregateStore<Draw> draws(AggregateStores stores) {
        return stores.of(Draw.class, Draw.DESCRIPTION);
    }

    @Bean
    DrawSearch drawSearch(MongoTemplate mongo) {
        return (before, limit) -> {
            Query query = Query.query(Criteria.where("tasksOpened").is(false).and("drawnAt").lt(java.util.Date.from(before)))
                    .with(Sort.by("drawnAt")).limit(limit);
            query.fields().include("_id");
            List<String> ids = mongo.find(query, org.bson.Document.class, Draw.COLLECTION).stream()
                    .map(d -> d.getString("_id")).toList();
            return ids;
        };
    }
}
