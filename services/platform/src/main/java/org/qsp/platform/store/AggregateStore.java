package org.qsp.platform.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
    private final BatchWrites batches;

    AggregateStore(MongoTemplate mongo, Class<A> type, String description, BatchWrites batches) {
        this.mongo = mongo;
        this.type = type;
        this.description = description;
        this.batches = batches;
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

    /** The aggregates with these ids that exist, by id, in one query. */
    public Map<Object, A> findAll(Collection<?> ids) {
        Map<Object, A> found = new HashMap<>();
        if (!ids.isEmpty()) {
            String idField = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type)
                    .getRequiredIdProperty().getName();
            mongo.find(Query.query(Criteria.where(idField).in(ids)), type)
                    .forEach(aggregate -> found.put(idOf(aggregate), aggregate));
        }
        return found;
    }

    /**
     * Saves aggregates that a batch job created (version null) or changed, in one unordered bulk write: each insert
     * fails alone when another writer created the aggregate meanwhile, each replace alone when another writer saved
     * it since it was loaded (the version check of a single save). Raised events go into each document's outbox in
     * its own write and are published after it, as with a single save. Nothing is retried here.
     *
     * @return the aggregates that were not written, because another writer got in between (the caller discards
     *         them, events and all, and runs its change again on a fresh copy)
     */
    public List<A> saveAll(List<A> aggregates) {
        if (batches == null) {
            throw new IllegalStateException("this store was made without the outbox hooks a batched write needs");
        }
        return batches.save(aggregates, type);
    }

    /**
     * The batched form of {@link #upsert}, for imports: loads the aggregates of all items in one query, applies each
     * item's change (to a new aggregate from {@code create} when there is none; {@code create} may answer null: the
     * item is skipped), saves the changed ones in one bulk write ({@link #saveAll}), and runs the change of an item
     * whose aggregate another writer changed in between again, alone, on a fresh copy. Items with the same id change
     * the same aggregate, in order. An aggregate the changes left as it was is not written.
     *
     * @return per aggregate (in the order of first appearance) what it is now and whether this call changed it
     */
    public <T> List<Outcome<A>> upsertAll(List<T> items, Function<? super T, ?> idOf,
            Function<? super T, ? extends A> create, BiConsumer<? super T, ? super A> change) {
        Map<Object, A> stored = findAll(items.stream().map(idOf).distinct().toList());
        Map<Object, A> touched = new LinkedHashMap<>();
        Map<Object, Document> before = new HashMap<>();
        Map<Object, List<T>> itemsOf = new LinkedHashMap<>();
        for (T item : items) {
            Object id = idOf.apply(item);
            A aggregate = touched.get(id);
            if (aggregate == null) {
                aggregate = stored.get(id);
                if (aggregate != null) {
                    before.put(id, document(aggregate));
                } else {
                    aggregate = create.apply(item);
                    if (aggregate == null) {
                        continue;
                    }
                }
                touched.put(id, aggregate);
            }
            change.accept(item, aggregate);
            itemsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
        }
        return writeChanged(touched, before, (id, lost) -> upsert(id, () -> create.apply(itemsOf.get(id).get(0)),
                again -> itemsOf.get(id).forEach(item -> change.accept(item, again))));
    }

    /**
     * The batched form of {@link #change}, for jobs that go over aggregates they loaded in one query: applies the
     * change to each, saves the changed ones in one bulk write, and runs the change again, alone, on a fresh copy of
     * each that another writer changed in between.
     */
    public List<Outcome<A>> changeAll(List<A> loaded, Consumer<? super A> change) {
        Map<Object, A> touched = new LinkedHashMap<>();
        Map<Object, Document> before = new HashMap<>();
        for (A aggregate : loaded) {
            Object id = idOf(aggregate);
            before.put(id, document(aggregate));
            change.accept(aggregate);
            touched.put(id, aggregate);
        }
        return writeChanged(touched, before, (id, lost) -> change(id, change));
    }

    private List<Outcome<A>> writeChanged(Map<Object, A> touched, Map<Object, Document> before,
            BiFunction<Object, A, Outcome<A>> again) {
        List<A> changed = new ArrayList<>();
        for (var entry : touched.entrySet()) {
            A aggregate = entry.getValue();
            Document was = before.get(entry.getKey());
            if (was == null || !aggregate.raisedEvents().isEmpty() || !was.equals(document(aggregate))) {
                changed.add(aggregate);
            }
        }
        Set<A> lost = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        lost.addAll(saveAll(changed));
        Set<A> written = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        written.addAll(changed);
        List<Outcome<A>> outcomes = new ArrayList<>(touched.size());
        for (var entry : touched.entrySet()) {
            A aggregate = entry.getValue();
            outcomes.add(lost.contains(aggregate) ? again.apply(entry.getKey(), aggregate)
                    : new Outcome<>(aggregate, written.contains(aggregate)));
        }
        return outcomes;
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
