package org.qsp.platform.outbox;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.core.Ordered;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.EventType;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.TraceContext;

/**
 * The write path of every aggregate, hooked into every save and insert of an {@link OutboxDocument}:
 * before the document is written, each raised contract record becomes a finished CloudEvent in the
 * outbox (type from the catalog, payload encoded and checked against its schema, fresh id, time,
 * subject = key = the aggregate id unless it names another subject ({@link OutboxDocument#eventKey}), the
 * current traceparent); after the write, the relay is asked to
 * publish it. An event that breaks its contract throws here, so nothing is written.
 *
 * <p>The relay comes through a supplier: the mapping converter resolves entity callbacks while the
 * {@code MongoTemplate} that the relay needs is still being created.
 */
public class OutboxStamping implements BeforeConvertCallback<OutboxDocument>, AfterSaveCallback<OutboxDocument>,
        Ordered {

    private final EventCodec codec;
    private final Clock clock;
    private final TraceContext trace;
    private final MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> mapping;
    private final Supplier<OutboxRelay> relay;

    public OutboxStamping(EventCodec codec, Clock clock, TraceContext trace,
            MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> mapping,
            Supplier<OutboxRelay> relay) {
        this.codec = codec;
        this.clock = clock;
        this.trace = trace;
        this.mapping = mapping;
        this.relay = relay;
    }

    @Override
    public OutboxDocument onBeforeConvert(OutboxDocument aggregate, String collection) {
        if (!aggregate.raisedEvents().isEmpty()) {
            String id = idOf(aggregate, collection);
            String key = aggregate.eventKey() == null ? id : aggregate.eventKey();
            String traceparent = trace.currentTraceparent().orElse(null);
            aggregate.stampRaised(payload -> stamp(payload, key, traceparent));
        }
        return aggregate;
    }

    @Override
    public OutboxDocument onAfterSave(OutboxDocument aggregate, Document document, String collection) {
        if (!aggregate.getOutbox().isEmpty()) {
            relay.get().publishSoon(collection, document.get("_id"));
        }
        return aggregate;
    }

    private <T> OutboxEvent stamp(T payload, String key, String traceparent) {
        @SuppressWarnings("unchecked")
        EventType<T> type = EventCatalog.forPayload((Class<T>) payload.getClass());
        return new OutboxEvent(UUID.randomUUID().toString(), type.type(), type.topic().name(), key, type.source(), key,
                type.dataschema(), clock.instant(), codec.encode(type, payload), traceparent);
    }

    private String idOf(OutboxDocument aggregate, String collection) {
        Object id = mapping.getRequiredPersistentEntity(aggregate.getClass()).getIdentifierAccessor(aggregate)
                .getIdentifier();
        if (id == null) {
            throw new IllegalStateException("an aggregate of " + collection
                    + " raised events before it had an id: events are keyed by the aggregate id");
        }
        return id.toString();
    }

    /** Before auditing and other callbacks that may rely on the final document. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
