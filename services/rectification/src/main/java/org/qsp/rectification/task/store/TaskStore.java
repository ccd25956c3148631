package org.qsp.rectification.task.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.rectification.task.RectificationTask;

@Configuration(proxyBeanMethods = false)
class TaskStore {

    @Bean
    AggregateStore<RectificationTask> tasks(AggregateStores stores) {
        return stores.of(RectificationTask.class, RectificationTask.DESCRIPTION);
    }
}
