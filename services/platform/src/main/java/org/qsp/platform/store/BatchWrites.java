package org.qsp.platform.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.outbox.OutboxStamping;

/**
 * The batched write of {@link AggregateStore#saveAll}: one unordered bulk write of inserts (new aggregates) and
 * version-checked replaces, with the outbox hooks that a single save runs through the entity callbacks (a bulk
 * write runs none): raised events are stamped into each document before, the relay is asked to publish after.
 */
final class BatchWrites {

    private static final int DUPLICATE_KEY = 11000;
    private static final String ID = "_id";

    private final MongoTemplate mongo;
    private final Supplier<OutboxStamping> stamping;
    private final Supplier<OutboxRelay> relay;

    BatchWrites(MongoTemplate mongo, Supplier<OutboxStamping> stamping, Supplier<OutboxRelay> relay) {
        this.mongo = mongo;
        this.stamping = stamping;
        this.relay = relay;
    }

    /** Writes each aggregate unless another writer saved (or created) it in between; returns those not written. */
    <A extends OutboxDocument> List<A> save(List<A> aggregates, Class<A> type) {
        if (aggregates.isEmpty()) {
            return List.of();
        }
        String collection = mongo.getCollectionName(type);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        String versionField = entity.getRequiredVersionProperty().getFieldName();
        List<WriteModel<Document>> models = new ArrayList<>(aggregates.size());
        List<Document> documents = new ArrayList<>(aggregates.size());
        for (A aggregate : aggregates) {
            stamping.get().onBeforeConvert(aggregate, collection);
            Document document = new Document();
            mongo.getConverter().write(aggregate, document);
            Long stored = aggregate.getVersion();
            document.put(versionField, stored == null ? 0L : stored + 1);
            documents.add(document);
            models.add(stored == null ? new InsertOneModel<>(document)
                    : new ReplaceOneModel<>(Filters.and(Filters.eq(ID, document.get(ID)),
                            Filters.eq(versionField, stored)), document));
        }
        Set<Integer> lost = new HashSet<>();
        BulkWriteResult result;
        try {
            result = mongo.getCollection(collection).bulkWrite(models, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(error.getIndex());
            }
            result = e.getWriteResult();
        }
        long replaces = aggregates.stream().filter(a -> a.getVersion() != null).count();
        if (result.getMatchedCount() < replaces) {
            lost.addAll(replacedByOthers(collection, aggregates, documents));
        }
        List<A> notWritten = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
            A aggregate = aggregates.get(i);
            if (lost.contains(i)) {
                notWritten.add(aggregate);
                continue;
            }
            PersistentPropertyAccessor<A> accessor = entity.getPropertyAccessor(aggregate);
            accessor.setProperty(entity.getRequiredVersionProperty(), documents.get(i).get(versionField));
            if (!aggregate.getOutbox().isEmpty()) {
                relay.get().publishSoon(collection, documents.get(i).get(ID));
            }
        }
        return notWritten;
    }

    /**
     * The replaces whose version check failed (another writer got in between): the stored document is not the one
     * this batch wrote. Read only when the bulk matched fewer than it replaced.
     */
    private <A extends OutboxDocument> Set<Integer> replacedByOthers(String collection, List<A> aggregates,
            List<Document> documents) {
        List<Object> ids = documents.stream().map(d -> d.get(ID)).toList();
        Map<Object, Document> stored = new java.util.HashMap<>();
        mongo.getCollection(collection).find(Filters.in(ID, ids)).forEach(d -> stored.put(d.get(ID), d));
        return java.util.stream.IntStream.range(0, aggregates.size())
                .filter(i -> aggregates.get(i).getVersion() != null)
                .filter(i -> !documents.get(i).equals(stored.get(documents.get(i).get(ID))))
                .boxed().collect(Collectors.toSet());
    }
}
