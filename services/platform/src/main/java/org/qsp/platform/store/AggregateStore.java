package org.qsp.platform.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * The one write path of an aggregate. A use case hands it a change; the store loads the aggregate,
 * applies the change, and saves state and raised events in one single-document write. It owns what
 * every use case would otherwise repeat:
 * <ul>
 * <li>running the change again on a fresh copy when another writer got in between (optimistic version);</li>
 * <li>turning a duplicate id into "it already exists" (idempotent creation) or into a retry;</li>
 * <li>saving nothing when the change changed nothing (an idempotent replay stays a read);</li>
 * <li>publishing after the save (through the outbox hooks, see {@code OutboxStamping}).</li>
 * </ul>
 * Domain rules that refuse a change throw from inside the change; nothing is written then.
 *
 * @param <A> the aggregate type, mapped to its collection by the mapping context
 */
public final class AggregateStore<A extends OutboxDocument> {

    private final MongoTemplate mongo;
    private final Class<A> type;
    private final String description;

    AggregateStore(MongoTemplate mongo, Class<A> type, String description) {
        this.mongo = mongo;
        this.type = type;
        this.description = description;
    }

    /** An aggregate and whether the call that returned it changed the store. */
    public record Outcome<A>(A aggregate, boolean changed) {
    }

    public Optional<A> find(Object id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /** The aggregate, or {@link NotFound} naming what was looked for. */
    public A get(Object id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Creates the aggregate unless one with its id exists (an idempotent creation: the second
     * delivery of the same command or event finds the first one's result).
     *
     * @return the stored aggregate, and whether this call created it
     */
    public Outcome<A> insertIfAbsent(A aggregate) {
        Object id = idOf(aggregate);
        Optional<A> existing = find(id);
        if (existing.isPresent()) {
            return new Outcome<>(existing.get(), false);
        }
        try {
            return new Outcome<>(mongo.insert(aggregate), true);
        } catch (DuplicateKeyException createdMeanwhile) {
            return new Outcome<>(find(id).orElseThrow(() -> createdMeanwhile), false);
        }
    }

    /**
     * Applies {@code change} to the stored aggregate and saves it, again on a fresh copy when
     * another writer saved in between.
     *
     * @throws NotFound when there is no aggregate with that id
     */
    public A update(Object id, Consumer<? super A> change) {
        return change(id, change).aggregate();
    }

    /** {@link #update}, telling also whether anything changed (a replay of a recorded command changes nothing). */
    public Outcome<A> change(Object id, Consumer<? super A> change) {
        return OptimisticRetry.run(() -> apply(get(id), change));
    }

    /**
     * Applies {@code change} to the stored aggregate, or to a new one from {@code create} when
     * there is none yet (then inserts it; if another writer created it meanwhile, runs again on
     * theirs).
     */
    public Outcome<A> upsert(Object id, Supplier<? extends A> create, Consumer<? super A> change) {
        return OptimisticRetry.run(() -> {
            Optional<A> stored = find(id);
            if (stored.isPresent()) {
                return apply(stored.get(), change);
            }
            A created = create.get();
            change.accept(created);
            try {
                return new Outcome<>(mongo.insert(created), true);
            } catch (DuplicateKeyException createdMeanwhile) {
                throw new OptimisticLockingFailureException(description + " " + id + " was created meanwhile",
                        createdMeanwhile);
            }
        });
    }

    /**
     * Applies {@code change} to each aggregate whose id {@code nextBatch} names, batch after batch, for as long as a
     * full batch still changed something (a query for "still to do" keeps returning the ones the change left alone;
     * they must not be read forever). For periodic jobs: "mark every task past its deadline overdue".
     *
     * @param nextBatch the ids still to look at, at most {@code batchSize} of them
     * @return how many aggregates changed
     */
    public int changeEach(IntFunction<List<?>> nextBatch, int batchSize, Consumer<? super A> change) {
        int changed = 0;
        int changedInBatch;
        List<?> batch;
        do {
            batch = nextBatch.apply(batchSize);
            changedInBatch = 0;
            for (Object id : batch) {
                if (change(id, change).changed()) {
                    changedInBatch++;
                }
            }
            changed += changedInBatch;
        } while (batch.size() == batchSize && changedInBatch > 0);
        return changed;
    }

    private Outcome<A> apply(A aggregate, Consumer<? super A> change) {
        Document before = document(aggregate);
        change.accept(aggregate);
        if (aggregate.raisedEvents().isEmpty() && before.equals(document(aggregate))) {
            return new Outcome<>(aggregate, false);
        }
        return new Outcome<>(mongo.save(aggregate), true);
    }

    private Document document(A aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        return document;
    }

    private Object idOf(A aggregate) {
        Object id = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type)
                .getIdentifierAccessor(aggregate).getIdentifier();
        if (id == null) {
            throw new IllegalArgumentException("a new " + description + " needs its id before it is stored");
        }
        return id;
    }

    private NotFound notFound(Object id) {
        return new NotFound(description, String.valueOf(id));
    }
}
