package org.qsp.credit.reclassification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.rules.CreditRules;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The re-classification over the whole store: a run that dies after some batches and is resumed by another instance
 * scores every enterprise once and publishes one class change per enterprise whose class moved under the new rule
 * table; the admin API and its progress. Taizhou (3310): no other test class uses it. A run under changed rules is
 * undone by a run under the service's own rules after each test, so that the other classes see their scores.
 */
class ReclassificationTest extends CreditIntegrationTest {

    static final String PATH = "/api/credit/v1/admin/reclassifications";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Reclassification reclassification;
    @Autowired
    EnterpriseBatches batches;
    @Autowired
    ReclassificationJobs jobs;
    @Autowired
    AggregateStore<Enterprise> enterprises;
    @Autowired
    CreditRules rules;
    @Autowired
    Clock clock;

    /** The service's rules with a failed sample worth twice as much: one failure B→C, two C→D, none stays A. */
    private CreditRules harsher() {
        Map<RecordType, Integer> points = new EnumMap<>(rules.points());
        points.put(RecordType.SAMPLE_FAILED, 2 * rules.points(RecordType.SAMPLE_FAILED));
        return new CreditRules(rules.baseScore(), rules.minScore(), rules.maxScore(), points, rules.classes());
    }

    private Reclassification instance(String owner, CreditRules with, ReclassificationJobs store,
            EnterpriseBatches over) {
        return new Reclassification(over, records, enterprises, store, with,
                new ReclassificationProperties("0 0 2 1 * *", "Asia/Shanghai", 2, Duration.ofMinutes(10),
                        Duration.ofHours(1)), clock, Clock.systemUTC(), owner);
    }

    @AfterEach
    void theServicesRulesAgain() {
        String id = reclassification.request("test").id();
        await().atMost(Duration.ofSeconds(120)).until(() -> reclassification.get(id).status()
                != ReclassificationJob.Status.RUNNING);
    }

    @Test
    void a_run_that_died_after_some_batches_is_resumed_elsewhere_scores_each_enterprise_once_and_moves_each_class_once()
            throws Exception {
        List<String> none = seed("331002", 4, 0);
        List<String> one = seed("331003", 4, 1);
        List<String> two = seed("331004", 4, 2);
        List<String> mine = new ArrayList<>(none);
        mine.addAll(one);
        mine.addAll(two);
        mine.forEach(this::awaitPublished);

        // the first instance records two batches and dies in its third, after its bulk write, before its progress
        String id = "RC-crash-" + System.nanoTime();
        assertThat(jobs.insertIfAbsent(ReclassificationJob.started(id, "test", batches.count(), clock.instant())))
                .isTrue();
        AtomicInteger progressed = new AtomicInteger();
        Set<String> recorded = new HashSet<>();
        Set<String> pending = new HashSet<>();
        ReclassificationJobs dying = new DelegatingJobs(jobs) {
            @Override
            public void progress(String job, String lastUscc, long done, long changed, Instant at) {
                if (progressed.incrementAndGet() == 3) {
                    throw new Died();
                }
                super.progress(job, lastUscc, done, changed, at);
                recorded.addAll(pending);
            }
        };
        Reclassification first = instance("first", harsher(), dying, scoring(batches, pending));
        try (var cursor = first.resume(id)) {
            assertThat(first.batch(id, cursor)).isTrue();
            assertThat(first.batch(id, cursor)).isTrue();
            assertThatThrownBy(() -> first.batch(id, cursor)).isInstanceOf(Died.class);
        }
        assertThat(jobs.find(id).orElseThrow().done()).isEqualTo(4);

        Set<String> resumedScored = new HashSet<>();
        Reclassification second = instance("second", harsher(), jobs, scoring(batches, resumedScored));
        assertThat(second.resumeStale()).as("the first instance never held the lease").isTrue();
        await().atMost(Duration.ofSeconds(120)).until(() -> jobs.find(id).orElseThrow().status()
                == ReclassificationJob.Status.DONE);

        ReclassificationJob done = jobs.find(id).orElseThrow();
        assertThat(done.done()).as("each enterprise counted once").isEqualTo(done.total());
        assertThat(resumedScored).as("the resumed run went on after the recorded batches").doesNotContainAnyElementsOf(
                recorded);
        assertThat(resumedScored.size() + recorded.size()).isEqualTo(done.total());
        for (String uscc : none) {
            Enterprise e = awaitPublished(uscc);
            assertThat(e.score()).isEqualTo(100);
            assertThat(e.reclassifiedBy(id)).as("unchanged: not written").isFalse();
            assertThat(classChanges(uscc)).isEmpty();
        }
        for (String uscc : one) {
            Enterprise e = awaitPublished(uscc);
            assertThat(e.score()).isEqualTo(70);
            assertThat(e.reclassifiedBy(id)).isTrue();
            assertThat(classChanges(uscc)).extracting(CreditClassChanged::previousClass,
                    CreditClassChanged::currentClass).containsExactly(org.assertj.core.groups.Tuple.tuple("A", "B"),
                            org.assertj.core.groups.Tuple.tuple("B", "C"));
        }
        for (String uscc : two) {
            Enterprise e = awaitPublished(uscc);
            assertThat(e.score()).isEqualTo(40);
            assertThat(classChanges(uscc).stream().filter(c -> c.currentClass().equals("D")).count()).isEqualTo(1);
        }
    }

    @Test
    void a_run_asked_for_in_the_instant_the_last_one_finishes_runs_then_and_does_not_wait_out_the_lease() {
        AtomicReference<Reclassification> self = new AtomicReference<>();
        AtomicReference<String> next = new AtomicReference<>();
        ReclassificationJobs asking = new DelegatingJobs(jobs) {
            @Override
            public void finish(String job, ReclassificationJob.Status status, String failure, Instant at) {
                super.finish(job, status, failure, at);
                // the first job reads DONE, its worker is not free yet: an ADMIN asks for the next one now
                if (next.get() == null) {
                    next.set(self.get().request("test").id());
                }
            }
        };
        Reclassification eager = instance("eager", rules, asking, batches);
        self.set(eager);
        try {
            String first = eager.request("test").id();
            // the lease is 10 minutes: a job left queued behind the first would stay RUNNING well past this
            await().atMost(Duration.ofSeconds(120)).until(() -> next.get() != null
                    && jobs.find(next.get()).orElseThrow().status() == ReclassificationJob.Status.DONE);
            assertThat(next.get()).isNotEqualTo(first);
            assertThat(jobs.find(first).orElseThrow().status()).isEqualTo(ReclassificationJob.Status.DONE);
        } finally {
            eager.stop();
        }
    }

    @Test
    void a_run_under_the_same_rules_changes_none_of_them_and_the_api_shows_it_running_then_done() throws Exception {
        List<String> mine = seed("331081", 3, 1);
        Map<String, Long> versions = new java.util.HashMap<>();
        mine.forEach(u -> versions.put(u, awaitPublished(u).getVersion()));

        String answer = mvc.perform(post(PATH).with(Tokens.admin())).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(answer).path("jobId").asString();
        JsonNode job = await().atMost(Duration.ofSeconds(120)).until(() -> read(id),
                j -> j.path("status").asString().equals("DONE"));
        assertThat(job.path("done").asLong()).isEqualTo(job.path("total").asLong()).isPositive();
        for (String uscc : mine) {
            assertThat(awaitPublished(uscc).getVersion()).isEqualTo(versions.get(uscc));
            assertThat(classChanges(uscc)).hasSize(1);
        }
    }

    @Test
    void a_batch_counts_what_the_enterprise_counts_so_an_ended_record_a_repair_or_a_revocation_stays_uncounted() {
        List<String> mine = seed("331082", 2, 2);
        mine.forEach(this::awaitPublished);
        String uscc = mine.getFirst();
        CreditRecord ended = recordsOf(uscc).getFirst();
        records.end(ended.id(), clock.instant(), "repaired (test)");

        Map<String, Map<RecordType, Integer>> byBatch = new java.util.HashMap<>();
        try (var cursor = batches.after(null, 1000)) {
            for (var batch = cursor.next(); !batch.isEmpty(); batch = cursor.next()) {
                batch.forEach(entry -> byBatch.put(entry.enterprise().uscc(),
                        CreditRecord.tally(entry.records(), entry.enterprise().inFlight())));
            }
        }

        for (String u : mine) {
            Enterprise e = enterprises.get(u);
            assertThat(byBatch.get(u)).as(u).isEqualTo(records.countedByType(u, e.inFlight()));
        }
        assertThat(byBatch.get(uscc)).containsEntry(RecordType.SAMPLE_FAILED, 1);
    }

    @Test
    void while_a_run_holds_the_lease_a_request_answers_that_run_and_admin_alone_may_ask() throws Exception {
        String held = "RC-held-" + System.nanoTime();
        Instant now = Instant.now();
        assertThat(jobs.lease("another-instance", now, now.plusSeconds(3600))).isTrue();
        try {
            jobs.insertIfAbsent(ReclassificationJob.started(held, "test", 1, clock.instant()));
            mvc.perform(post(PATH).with(Tokens.admin())).andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.jobId").value(held));
            mvc.perform(get(PATH + "/" + held).with(Tokens.admin())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("RUNNING")).andExpect(jsonPath("$.done").value(0))
                    .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.changed").value(0));
        } finally {
            jobs.finish(held, ReclassificationJob.Status.FAILED, "test", clock.instant());
            jobs.release("another-instance");
        }
        for (var token : List.of(Tokens.regulator("r", "100000"), Tokens.enterprise("e", TestUsccs.valid("331002")),
                Tokens.inspector("i", "331000"), Tokens.lab("l"), Tokens.consumer("c"))) {
            mvc.perform(post(PATH).with(token)).andExpect(status().isForbidden());
            mvc.perform(get(PATH + "/" + held).with(token)).andExpect(status().isForbidden());
        }
        mvc.perform(post(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(get(PATH + "/RC-unknown").with(Tokens.admin())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get(PATH + "/" + "x".repeat(65)).with(Tokens.admin())).andExpect(status().isBadRequest());
    }

    /** {@code count} enterprises of the region, each with {@code failures} final FAILs (default rules: −15 each). */
    private List<String> seed(String region, int count, int failures) {
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String uscc = TestUsccs.valid(region);
            usccs.add(uscc);
            if (failures == 0) {
                enterprises.insertIfAbsent(Enterprise.open(uscc, rules.starting()));
            }
            for (int f = 0; f < failures; f++) {
                var failed = ContractFixtures.finalFail("S-rc-" + uscc + "-" + f, new EnterpriseRef(uscc,
                        "台州 " + uscc, region), false);
                recording.sampleFinalized(event(EventCatalog.SAMPLE_FINALIZED, "rc-" + uscc + "-" + f,
                        failed.sampleId(), failed));
            }
        }
        return usccs;
    }

    private JsonNode read(String id) throws Exception {
        return JSON.readTree(mvc.perform(get(PATH + "/" + id).with(Tokens.admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The batches, noting every enterprise whose records are counted (scored), batch after batch. */
    private static EnterpriseBatches scoring(EnterpriseBatches batches, Set<String> scored) {
        return new EnterpriseBatches() {
            @Override
            public long count() {
                return batches.count();
            }

            @Override
            public Cursor after(String uscc, int batchSize) {
                Cursor cursor = batches.after(uscc, batchSize);
                return new Cursor() {
                    @Override
                    public List<Entry> next() {
                        List<Entry> batch = cursor.next();
                        batch.forEach(e -> scored.add(e.enterprise().uscc()));
                        return batch;
                    }

                    @Override
                    public void close() {
                        cursor.close();
                    }
                };
            }
        };
    }

    static final class Died extends RuntimeException {
    }

    static class DelegatingJobs implements ReclassificationJobs {
        private final ReclassificationJobs jobs;

        DelegatingJobs(ReclassificationJobs jobs) {
            this.jobs = jobs;
        }

        @Override
        public boolean insertIfAbsent(ReclassificationJob job) {
            return jobs.insertIfAbsent(job);
        }

        @Override
        public Optional<ReclassificationJob> find(String id) {
            return jobs.find(id);
        }

        @Override
        public Optional<ReclassificationJob> running() {
            return jobs.running();
        }

        @Override
        public void progress(String id, String lastUscc, long done, long changed, Instant at) {
            jobs.progress(id, lastUscc, done, changed, at);
        }

        @Override
        public void finish(String id, ReclassificationJob.Status status, String failure, Instant at) {
            jobs.finish(id, status, failure, at);
        }

        @Override
        public boolean lease(String owner, Instant now, Instant until) {
            return jobs.lease(owner, now, until);
        }

        @Override
        public void release(String owner) {
            jobs.release(owner);
        }
    }
}
