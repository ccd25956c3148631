package org.qsp.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.qsp.platform.events.TraceContext;

/**
 * Publishes the events waiting in aggregate documents: right after each save
 * ({@link #publishSoon}) and in a periodic sweep that catches whatever a crash, a broker outage or
 * a lost lease left behind. One relay instance owns an aggregate's outbox at a time (a lease with
 * an expiry), so the events of one aggregate reach Kafka in the order they were raised. An event
 * leaves the document only after the broker acknowledged it (idempotent producer, acks=all); a
 * crash in between publishes it again, which consumers tolerate (they are idempotent).
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Supplier<List<String>> discovery;
    private final MeterRegistry meters;
    private volatile List<String> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TraceContext trace;
    private final String owner = UUID.randomUUID().toString();
    private final Counter published;
    private final Counter failures;
    private volatile ExecutorService immediate;
    private volatile ScheduledExecutorService sweeper;
    private volatile boolean running;

    /**
     * @param discovery finds the outbox collections (once, at the first start), see {@link OutboxCollections}
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
                    collections = List.copyOf(discovery.get());
                    collections.forEach(c -> meters.gauge("qsp.outbox.pending",
                            List.of(Tag.of("collection", c)), mongo, m -> pendingCount(c)));
                    log.info("outbox relay sweeps {}", collections);
                }
                found = collections;
            }
        }
        return found;
    }

    /** Publishes the aggregate's pending events in the background (the sweep is the safety net). */
    public void publishSoon(String collection, Object id) {
        if (!running) {
            return;
        }
        try {
            immediate.execute(() -> publishPending(collection, id));
        } catch (RejectedExecutionException stopping) {
            log.debug("relay stopping; {}/{} waits for the next sweep", collection, id);
        }
    }

    /** Publishes the aggregate's pending events now, in order; returns how many reached the broker. */
    public int publishPending(String collection, Object id) {
        Document leased = acquireLease(collection, id);
        if (leased == null) {
            return 0;
        }
        int sent = 0;
        try {
            for (Document stored : leased.getList(OutboxDocument.OUTBOX, Document.class)) {
                OutboxEvent event = mongo.getConverter().read(OutboxEvent.class, stored);
                send(event);
                removeFromOutbox(collection, id, event.eventId());
                sent++;
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox of {}/{} not fully published ({} sent); the sweep will retry: {}", collection, id, sent,
                    e.toString());
        } finally {
            releaseLease(collection, id);
        }
        return sent;
    }

    /** One sweep over every outbox collection; returns how many events reached the broker. */
    public int sweep() {
        int sent = 0;
        for (String collection : collections()) {
            Query pending = new Query(pendingAndFree(clock.instant())).limit(properties.sweepBatch());
            pending.fields().include("_id");
            for (Document doc : mongo.find(pending, Document.class, collection)) {
                sent += publishPending(collection, doc.get("_id"));
            }
        }
        return sent;
    }

    private void send(OutboxEvent event) {
        trace.continueTrace(event.traceparent(), "outbox publish " + event.type(), () -> {
            try {
                return kafka.send(CloudEventRecords.toRecord(event))
                        .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + event.eventId(), e);
            } catch (Exception e) {
                throw new IllegalStateException("broker did not acknowledge " + event.type() + " " + event.eventId(), e);
            }
        });
        published.increment();
    }

    private Document acquireLease(String collection, Object id) {
        Instant now = clock.instant();
        Query query = new Query(Criteria.where("_id").is(id).andOperator(pendingAndFree(now)));
        Update update = new Update()
                .set(OutboxDocument.LEASE, new Document("owner", owner).append("until",
                        java.util.Date.from(now.plus(properties.lease()))))
                .inc(OutboxDocument.VERSION, 1);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    private void removeFromOutbox(String collection, Object id, String eventId) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                new Update().pull(OutboxDocument.OUTBOX, new Document("eventId", eventId)).inc(OutboxDocument.VERSION, 1),
                collection);
    }

    private void releaseLease(String collection, Object id) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and(OutboxDocument.LEASE + ".owner").is(owner)),
                new Update().unset(OutboxDocument.LEASE).inc(OutboxDocument.VERSION, 1), collection);
    }

    private static Criteria pendingAndFree(Instant now) {
        return new Criteria().andOperator(
                Criteria.where(OutboxDocument.OUTBOX + ".0").exists(true),
                new Criteria().orOperator(
                        Criteria.where(OutboxDocument.LEASE).exists(false),
                        Criteria.where(OutboxDocument.LEASE).is(null),
                        Criteria.where(OutboxDocument.LEASE + ".until").lt(java.util.Date.from(now))));
    }

    private double pendingCount(String collection) {
        return mongo.count(new Query(Criteria.where(OutboxDocument.OUTBOX + ".0").exists(true)), collection);
    }

    @Override
    public synchronized void start() {
        collections();
        immediate = Executors.newFixedThreadPool(properties.threads(), Thread.ofPlatform()
                .name("outbox-relay-", 0).daemon().factory());
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

    /** Graceful shutdown: no new work, finish what is in flight, one last sweep (bounded: the store may be down). */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        sweeper.shutdown();
        immediate.shutdown();
        try {
            immediate.awaitTermination(properties.sendTimeout().toSeconds() + 1, TimeUnit.SECONDS);
            sweeper.awaitTermination(properties.sendTimeout().toSeconds() + 1, TimeUnit.SECONDS);
            Thread.ofVirtual().name("outbox-final-sweep").start(this::safeSweep)
                    .join(properties.sendTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        if (immediate != null) {
            immediate.shutdownNow();
            sweeper.shutdownNow();
        }
    }
}
