package org.qsp.platform.store;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * Makes the {@link AggregateStore} of each aggregate type. A service declares one per aggregate in
 * its store package: {@code @Bean AggregateStore<RectificationTask> tasks(AggregateStores stores)
 * { return stores.of(RectificationTask.class, "rectification task"); }}.
 */
public class AggregateStores {

    private final MongoTemplate mongo;

    public AggregateStores(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param description what the aggregate is called in messages ("rectification task"), e.g. in
     *                    the 404 of a missing one
     */
    public <A extends OutboxDocument> AggregateStore<A> of(Class<A> type, String description) {
        return new AggregateStore<>(mongo, type, description);
    }
}
