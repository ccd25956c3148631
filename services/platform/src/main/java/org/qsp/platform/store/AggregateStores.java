package org.qsp.platform.store;

import java.util.function.Supplier;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.outbox.OutboxStamping;

/**
 * Makes the {@link AggregateStore} of each aggregate type. A service declares one per aggregate in
 * its store package: {@code @Bean AggregateStore<RectificationTask> tasks(AggregateStores stores)
 * { return stores.of(RectificationTask.class, "rectification task"); }}.
 */
public class AggregateStores {

    private final MongoTemplate mongo;
    private final BatchWrites batches;

    /** Stores without the batched write ({@link AggregateStore#saveAll} refuses to run). */
    public AggregateStores(MongoTemplate mongo) {
        this(mongo, null, null);
    }

    /**
     * @param stamping the outbox hook that a batched write runs itself (a bulk write passes no entity callbacks)
     * @param relay    asked to publish after a batched write, as after a single save
     */
    public AggregateStores(MongoTemplate mongo, Supplier<OutboxStamping> stamping, Supplier<OutboxRelay> relay) {
        this.mongo = mongo;
        this.batches = stamping == null ? null : new BatchWrites(mongo, stamping, relay);
    }

    /**
     * @param description what the aggregate is called in messages ("rectification task"), e.g. in
     *                    the 404 of a missing one
     */
    public <A extends OutboxDocument> AggregateStore<A> of(Class<A> type, String description) {
        return new AggregateStore<>(mongo, type, description, batches);
    }
}
