package org.qsp.credit.reclassification;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.CreditRecords;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.rules.CreditRules;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.store.AggregateStore;

/**
 * The re-classification: every enterprise re-scored from its records under the rule table as it is now, through
 * the one assessment path of the credit file ({@link Enterprise#reclassify}, which recounts). It goes in batches in
 * USCC order off two cursors opened once per run (the enterprises, their records): per batch one bulk write of only
 * those that changed (each version-checked, with its {@code CreditClassChanged} in its own write when its class
 * moved), then the job's progress. One instance runs it, holding a lease it renews with every batch.
 *
 * <p>A crash anywhere leaves a RUNNING job whose lease runs out; the next instance to look (at start, or its periodic
 * sweep) takes the lease and goes on after the job's {@code lastUscc}. A batch written and not yet recorded is done
 * again: its changed enterprises carry the job's id and are skipped (counted, not re-scored, no second event), its
 * unchanged ones are re-scored to the same result and not written. So every enterprise is scored once by a job, and a
 * class change is published once.
 */
@Service
public class Reclassification {

    private static final Logger log = LoggerFactory.getLogger(Reclassification.class);

    private final EnterpriseBatches batches;
    private final CreditRecords records;
    private final AggregateStore<Enterprise> enterprises;
    private final ReclassificationJobs jobs;
    private final CreditRules rules;
    private final ReclassificationProperties properties;
    private final Clock clock;
    private final Clock leaseClock;
    private final String owner;
    /** The jobs queued or running on this instance's worker (one at a time, in order). */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("reclassification").factory());

    @Autowired
    Reclassification(EnterpriseBatches batches, CreditRecords records, AggregateStore<Enterprise> enterprises,
            ReclassificationJobs jobs, CreditRules rules, ReclassificationProperties properties, Clock clock) {
        this(batches, records, enterprises, jobs, rules, properties, clock, Clock.systemUTC(),
                "credit-" + UUID.randomUUID());
    }

    /**
     * @param leaseClock the lease's clock: real time, never the business clock a test moves (as the outbox's)
     * @param owner      this instance, as the lease names it
     */
    Reclassification(EnterpriseBatches batches, CreditRecords records, AggregateStore<Enterprise> enterprises,
            ReclassificationJobs jobs, CreditRules rules, ReclassificationProperties properties, Clock clock,
            Clock leaseClock, String owner) {
        this.batches = batches;
        this.records = records;
        this.enterprises = enterprises;
        this.jobs = jobs;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
        this.leaseClock = leaseClock;
        this.owner = owner;
    }

    /**
     * ADMIN's run: a new job, unless one is RUNNING: that one is answered (the same job, not a second one). 409
     * {@code reclassification-busy} only when another instance is just starting one.
     */
    public ReclassificationJob request(String requestedBy) {
        return startOrJoin("RC-" + UUID.randomUUID(), requestedBy);
    }

    /** The scheduled run of the month: its id is the month's, so that it runs once whichever instance fires. */
    public Optional<ReclassificationJob> monthly() {
        String id = "RC-" + YearMonth.now(clock.withZone(ZoneId.of(properties.zone())));
        if (jobs.find(id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(startOrJoin(id, "schedule"));
    }

    public ReclassificationJob get(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("re-classification", id));
    }

    /** Takes over a RUNNING job whose instance died (its lease ran out) and runs it here; whether it did. */
    public boolean resumeStale() {
        Optional<ReclassificationJob> running = jobs.running();
        if (running.isEmpty() || !queued.isEmpty() || !takeLease()) {
            return false;
        }
        String id = running.get().id();
        log.info("resuming re-classification {} after {}", id, running.get().lastUscc());
        submit(id);
        return true;
    }

    private ReclassificationJob startOrJoin(String id, String requestedBy) {
        Optional<ReclassificationJob> running = jobs.running();
        if (running.isPresent()) {
            resumeStale();
            return running.get();
        }
        if (!takeLease()) {
            return jobs.running().orElseThrow(() -> new Conflict("reclassification-busy",
                    "another instance is starting a re-classification; read its job in a moment"));
        }
        ReclassificationJob job = ReclassificationJob.started(id, requestedBy, batches.count(), clock.instant());
        if (!jobs.insertIfAbsent(job)) {
            jobs.release(owner);
            return jobs.find(id).orElseThrow();
        }
        submit(id);
        return job;
    }

    /**
     * Queues the job on the worker unless it is queued already. A job that follows one that just finished waits for
     * its last step (the job's DONE, the lease's release), then takes the lease again to run.
     */
    private void submit(String id) {
        if (queued.add(id)) {
            worker.submit(() -> {
                try {
                    run(id);
                } finally {
                    queued.remove(id);
                }
            });
        }
    }

    /** Runs the job to its end here, batch after batch, as long as this instance holds the lease. */
    void run(String id) {
        try (EnterpriseBatches.Cursor cursor = resume(id)) {
            while (takeLease()) {
                if (!batch(id, cursor)) {
                    jobs.finish(id, ReclassificationJob.Status.DONE, null, clock.instant());
                    jobs.release(owner);
                    return;
                }
            }
            log.warn("re-classification {} stopped here: another instance holds its lease", id);
        } catch (RuntimeException e) {
            log.warn("re-classification {} failed: {}", id, e.toString());
            jobs.finish(id, ReclassificationJob.Status.FAILED, e.getMessage(), clock.instant());
            jobs.release(owner);
        }
    }

    /** The job's way on from where it stopped: the enterprises after its {@code lastUscc}. */
    EnterpriseBatches.Cursor resume(String id) {
        return batches.after(get(id).lastUscc(), properties.batchSize());
    }

    /**
     * One batch of the job: the cursor's next enterprises, re-scored, the changed ones written in one bulk, then the
     * progress. False when there was none left (the job is done) or the job is no longer running.
     */
    boolean batch(String id, EnterpriseBatches.Cursor cursor) {
        ReclassificationJob job = get(id);
        if (job.status() != ReclassificationJob.Status.RUNNING) {
            return false;
        }
        List<EnterpriseBatches.Entry> batch = cursor.next();
        if (batch.isEmpty()) {
            return false;
        }
        Map<String, EnterpriseBatches.Entry> read = new HashMap<>();
        batch.forEach(entry -> read.put(entry.enterprise().uscc(), entry));
        Instant now = clock.instant();
        long[] already = {0};
        var outcomes = enterprises.changeAll(batch.stream().map(EnterpriseBatches.Entry::enterprise).toList(),
                enterprise -> {
                    if (enterprise.reclassifiedBy(id)) {
                        already[0]++;
                        return;
                    }
                    // a copy loaded again (another writer got in between) counts its records again, alone
                    EnterpriseBatches.Entry entry = read.get(enterprise.uscc());
                    Map<RecordType, Integer> tally = java.util.Objects.equals(entry.enterprise().getVersion(),
                            enterprise.getVersion()) ? CreditRecord.tally(entry.records(), enterprise.inFlight())
                                    : records.countedByType(enterprise.uscc(), enterprise.inFlight());
                    enterprise.reclassify(id, tally, rules, now);
                });
        long changed = outcomes.stream().filter(o -> o.changed()).count() + already[0];
        jobs.progress(id, batch.getLast().enterprise().uscc(), job.done() + batch.size(), job.changed() + changed,
                clock.instant());
        return batch.size() == properties.batchSize();
    }

    private boolean takeLease() {
        Instant now = leaseClock.instant();
        return jobs.lease(owner, now, now.plus(properties.lease()));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
