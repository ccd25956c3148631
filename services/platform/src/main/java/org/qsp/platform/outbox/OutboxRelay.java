package org.qsp.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.qsp.platform.events.TraceContext;

/**
 * Publishes the events waiting in aggregate documents: right after each save ({@link #publishSoon})
 * and in a periodic sweep that catches whatever a crash, a broker outage or a lost lease left
 * behind.
 *
 * <p>It works in rounds of many aggregates of one collection:
 * <ol>
 * <li>one update leases every aggregate of the round that has pending events and no live lease
 *     (owner, expiry, a round token; the version goes up, so a use case that loaded the document
 *     before cannot write back a document without the lease);</li>
 * <li>one query reads the leased outboxes;</li>
 * <li>all events are sent without waiting in between: the events of one aggregate one after the
 *     other (the next only once the broker acknowledged the previous, so a failure never lets a
 *     later event overtake an earlier one), different aggregates at the same time;</li>
 * <li>one bulk write removes, per aggregate, the events the broker acknowledged and releases the
 *     lease (version up again, so a stale save cannot bring published events back).</li>
 * </ol>
 * An event leaves the document only after the broker acknowledged it (idempotent producer,
 * {@code acks=all}); a crash in between publishes it again, which consumers tolerate (they are
 * idempotent). One relay instance owns an aggregate's outbox at a time, so the events of one
 * aggregate reach Kafka in the order they were raised, with any number of replicas.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String ID = "_id";
    private static final String PENDING_INDEX = "qsp_outbox_pending";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Supplier<List<String>> discovery;
    private final MeterRegistry meters;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TraceContext trace;
    private final String owner = UUID.randomUUID().toString();
    private final Counter published;
    private final Counter failures;
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<Pending> soon = new LinkedBlockingQueue<>();
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
            .name("outbox-send-", 0).factory());
    private volatile List<String> collections;
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService sweeper;
    private volatile boolean running;

    private record Pending(String collection, Object id) {
    }

    /**
     * @param discovery finds the outbox collections (once, at the first start), see {@link OutboxCollections}
     * @param clock     the relay's own clock for leases: real time, shared by every relay instance
     */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, Supplier<List<String>> discovery,
            OutboxProperties properties, Clock clock, TraceContext trace, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.discovery = discovery;
        this.meters = meters;
        this.properties = properties;
        this.clock = clock;
        this.trace = trace;
        this.published = meters.counter("qsp.outbox.published");
        this.failures = meters.counter("qsp.outbox.publish.failures");
    }

    /** The collections the sweep visits: every collection of outbox documents. */
    public List<String> collections() {
        List<String> found = collections;
        if (found == null) {
            synchronized (this) {
                if (collections == null) {
                    List<String> discovered = List.copyOf(discovery.get());
                    discovered.forEach(this::prepare);
                    collections = discovered;
                    log.info("outbox relay sweeps {}", discovered);
                }
                found = collections;
            }
        }
        return found;
    }

    /**
     * The sweep's index: only documents with pending events are in it (a partial index), so the
     * sweep and the pending count cost what is pending, not what is stored. Created explicitly;
     * a store that cannot build partial indexes (the local wire-protocol store) gets none.
     */
    private void prepare(String collection) {
        pending.put(collection, new AtomicLong());
        meters.gauge("qsp.outbox.pending", List.of(Tag.of("collection", collection)), pending.get(collection),
                AtomicLong::get);
        try {
            mongo.indexOps(collection).createIndex(new Index().on(OutboxDocument.LEASE + ".until", Sort.Direction.ASC)
                    .named(PENDING_INDEX)
                    .partial(PartialIndexFilter.of(Criteria.where(OutboxDocument.OUTBOX + ".0").exists(true))));
        } catch (RuntimeException e) {
            log.warn("no partial index {} on {}: {}", PENDING_INDEX, collection, e.toString());
        }
    }

    /** Publishes the aggregate's pending events in the background, batched with others (the sweep is the safety net). */
    public void publishSoon(String collection, Object id) {
        if (running) {
            soon.add(new Pending(collection, id));
        }
    }

    /** Publishes the aggregate's pending events now, in order; returns how many reached the broker. */
    public int publishPending(String collection, Object id) {
        return publish(collection, List.of(id));
    }

    /** One sweep over every outbox collection; returns how many events reached the broker. */
    public int sweep() {
        int sent = 0;
        for (String collection : collections()) {
            Instant now = clock.instant();
            Query free = new Query(pendingAndFree(now)).limit(properties.sweepBatch());
            free.fields().include(ID);
            List<Object> ids = mongo.find(free, Document.class, collection).stream().map(d -> d.get(ID)).toList();
            if (!ids.isEmpty()) {
                sent += publish(collection, ids);
            }
            // The gauge: the aggregates this sweep found waiting (those another instance holds a lease on are being
            // published right now). Counted only when the sweep's batch was full: the local store has no secondary
            // indexes, so every count is one more scan of the whole collection.
            pending.get(collection).set(ids.size() < properties.sweepBatch() ? ids.size()
                    : mongo.count(new Query(pendingAndFree(now)), collection));
        }
        return sent;
    }

    /** One round: lease, read, send, remove what was acknowledged and release. */
    int publish(String collection, List<Object> ids) {
        String round = UUID.randomUUID().toString();
        Instant now = clock.instant();
        mongo.updateMulti(new Query(Criteria.where(ID).in(ids).andOperator(pendingAndFree(now))),
                new Update().set(OutboxDocument.LEASE, new Document("owner", owner)
                                .append("until", Date.from(now.plus(properties.lease()))).append("round", round))
                        .inc(OutboxDocument.VERSION, 1), collection);
        Query leasedQuery = new Query(Criteria.where(ID).in(ids).and(OutboxDocument.LEASE + ".round").is(round));
        leasedQuery.fields().include(ID).include(OutboxDocument.OUTBOX);
        List<Document> leased = mongo.find(leasedQuery, Document.class, collection);
        if (leased.isEmpty()) {
            return 0;
        }
        Map<Object, Queue<String>> acknowledged = new LinkedHashMap<>();
        List<CompletableFuture<?>> chains = new ArrayList<>();
        AtomicBoolean trouble = new AtomicBoolean();
        for (Document document : leased) {
            Queue<String> acked = new ConcurrentLinkedQueue<>();
            acknowledged.put(document.get(ID), acked);
            CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
            for (Document stored : document.getList(OutboxDocument.OUTBOX, Document.class)) {
                OutboxEvent event = mongo.getConverter().read(OutboxEvent.class, stored);
                chain = chain.thenComposeAsync(previous -> send(event, trouble), senders)
                        .thenRun(() -> acked.add(event.eventId()));
            }
            chains.add(chain);
        }
        awaitAll(collection, chains);
        return release(collection, round, acknowledged);
    }

    /**
     * Sends one event (on a sender thread, never on the producer's I/O thread: a send may block while
     * the producer's buffer is full). Once one send of the round failed (the broker is likely away),
     * the rest of the round fails fast instead of each waiting for the producer's timeouts.
     */
    private CompletableFuture<?> send(OutboxEvent event, AtomicBoolean trouble) {
        if (trouble.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("an earlier send of this round failed"));
        }
        try {
            return trace.continueTrace(event.traceparent(), "outbox publish " + event.type(),
                    () -> kafka.send(CloudEventRecords.toRecord(event)))
                    .whenComplete((result, failure) -> {
                        if (failure != null) {
                            trouble.set(true);
                        }
                    });
        } catch (RuntimeException e) {
            trouble.set(true);
            throw e;
        }
    }

    private void awaitAll(String collection, List<CompletableFuture<?>> chains) {
        try {
            CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            failures.increment();
            log.warn("outbox of {} not fully published in this round; the sweep will retry: {}", collection,
                    (e.getCause() != null ? e.getCause() : e).toString());
        }
    }

    /** One bulk write: per aggregate, remove the acknowledged events and give up the lease. */
    private int release(String collection, String round, Map<Object, Queue<String>> acknowledged) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int sent = 0;
        for (var entry : acknowledged.entrySet()) {
            List<String> acked = List.copyOf(entry.getValue());
            sent += acked.size();
            Update update = new Update().unset(OutboxDocument.LEASE).inc(OutboxDocument.VERSION, 1);
            if (!acked.isEmpty()) {
                update.pull(OutboxDocument.OUTBOX, new Document("eventId", new Document("$in", acked)));
            }
            bulk.updateOne(new Query(Criteria.where(ID).is(entry.getKey())
                    .and(OutboxDocument.LEASE + ".round").is(round)), update);
        }
        bulk.execute();
        published.increment(sent);
        return sent;
    }

    private static Criteria hasPending() {
        return Criteria.where(OutboxDocument.OUTBOX + ".0").exists(true);
    }

    private static Criteria pendingAndFree(Instant now) {
        return new Criteria().andOperator(hasPending(),
                new Criteria().orOperator(
                        Criteria.where(OutboxDocument.LEASE).exists(false),
                        Criteria.where(OutboxDocument.LEASE).is(null),
                        Criteria.where(OutboxDocument.LEASE + ".until").lt(Date.from(now))));
    }

    /**
     * Takes what {@link #publishSoon} queued, up to a sweep batch at a time, one round per
     * collection; once the relay is stopping, returns when the queue is empty.
     */
    private void work() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = soon.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!running) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            soon.drainTo(batch, properties.sweepBatch() - 1);
            Map<String, Set<Object>> byCollection = new LinkedHashMap<>();
            batch.forEach(p -> byCollection.computeIfAbsent(p.collection(), c -> new LinkedHashSet<>()).add(p.id()));
            byCollection.forEach((collection, ids) -> {
                try {
                    publish(collection, List.copyOf(ids));
                } catch (RuntimeException e) {
                    failures.increment();
                    log.warn("outbox round on {} failed; the sweep will retry: {}", collection, e.toString());
                }
            });
        }
    }

    @Override
    public synchronized void start() {
        collections();
        workers = Executors.newFixedThreadPool(properties.threads(), Thread.ofPlatform()
                .name("outbox-relay-", 0).daemon().factory());
        for (int i = 0; i < properties.threads(); i++) {
            workers.execute(this::work);
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("outbox-sweep").daemon().factory());
        running = true;
        long every = properties.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::safeSweep, every, every, TimeUnit.MILLISECONDS);
    }

    private void safeSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed; next one in {}: {}", properties.sweepInterval(), e.toString());
        }
    }

    /**
     * Graceful shutdown: no new work, publish what is queued, one last sweep (bounded: the store
     * may be down).
     */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        sweeper.shutdown();
        workers.shutdown();
        try {
            workers.awaitTermination(properties.sendTimeout().toSeconds() + 1, TimeUnit.SECONDS);
            sweeper.awaitTermination(properties.sendTimeout().toSeconds() + 1, TimeUnit.SECONDS);
            Thread.ofVirtual().name("outbox-final-sweep").start(this::safeSweep).join(properties.sendTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        soon.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops after the listener containers and after the web server's graceful shutdown has let the
     * requests in flight finish (phase {@code DEFAULT_PHASE - 1024}), so their events are flushed too;
     * and before Kafka producers and MongoDB clients are closed.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1536;
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
        if (workers != null) {
            workers.shutdownNow();
            sweeper.shutdownNow();
        }
    }
}
