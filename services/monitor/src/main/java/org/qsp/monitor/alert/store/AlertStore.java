package org.qsp.monitor.alert.store;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.monitor.alert.Alert;
import org.qsp.monitor.alert.AlertSearch;
import org.qsp.monitor.alert.AlertState;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

@Configuration(proxyBeanMethods = false)
class AlertStore {

    @Bean
    AggregateStore<Alert> alerts(AggregateStores stores) {
        return stores.of(Alert.class, Alert.DESCRIPTION);
    }

    @Bean
    AlertSearch alertSearch(MongoTemplate mongo) {
        return (prefix, state, limit) -> {
            Criteria criteria = prefix.isEmpty() ? new Criteria() : Criteria.where("region").regex("^" + prefix);
            if (state != null) {
                criteria = criteria.and("state").is(state);
            }
            Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(limit);
            List<Alert> found = mongo.find(query, Alert.class);
            return found;
        };
    }
}
