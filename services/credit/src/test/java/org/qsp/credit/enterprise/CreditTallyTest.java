package org.qsp.credit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.credit.quality.DataQualityFlags;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.rules.Assessment;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.CreditRules;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.events.IncomingEvent;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.TestUsccs;

/**
 * The running tally against the records it comes from: after duplicates, after a process that
 * died between any two of the four writes, and with one event handled by several consumers at
 * once, a recount from the records finds the tally the enterprise keeps.
 */
class CreditTallyTest extends CreditIntegrationTest {

    @Autowired
    AggregateStore<Enterprise> enterprises;
    @Autowired
    CreditRules rules;
    @Autowired
    org.qsp.credit.registry.Registry registry;
    @Autowired
    Clock clock;
    @Autowired
    DataQualityFlags flags;
    @Autowired
    MongoTemplate mongo;

    final String uscc = TestUsccs.valid("330100");

    @Test
    void the_tally_is_what_the_records_give_after_duplicates_and_crashes_between_any_two_writes() {
        var first = failed("S-1", false);
        var safety = failed("S-2", true);
        var overdue = overdue("RT-1");
        var diedAfterInsert = failed("S-3", false);
        var diedAfterCount = failed("S-4", false);
        var diedAfterMark = failed("S-5", false);

        recording.sampleFinalized(first);
        recording.sampleFinalized(first);
        recording.taskOverdue(overdue);
        recording.sampleFinalized(safety);
        recording.taskOverdue(overdue);
        assertDerivable();

        records.insertIfAbsent(CreditRecord.of(diedAfterInsert.eventKey(), EventCatalog.SAMPLE_FINALIZED.type(),
                diedAfterInsert.payload(), clock.instant()));
        assertDerivable();
        assertThatThrownBy(() -> dyingAroundMarking(false).sampleFinalized(diedAfterCount)).isInstanceOf(Died.class);
        assertThat(enterprises.get(uscc).inFlight()).containsExactly(diedAfterCount.eventKey());
        assertDerivable();
        assertThatThrownBy(() -> dyingAroundMarking(true).sampleFinalized(diedAfterMark)).isInstanceOf(Died.class);
        assertThat(enterprises.get(uscc).inFlight())
                .containsExactly(diedAfterCount.eventKey(), diedAfterMark.eventKey());
        assertDerivable();

        recording.sampleFinalized(diedAfterMark);
        recording.sampleFinalized(diedAfterCount);
        recording.sampleFinalized(diedAfterInsert);
        recording.sampleFinalized(first);

        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.countedByType()).isEqualTo(Map.of(RecordType.SAMPLE_FAILED, 4,
                RecordType.SAMPLE_FAILED_SAFETY, 1, RecordType.RECTIFICATION_OVERDUE, 1));
        assertThat(enterprise.score()).as("held at the floor").isZero();
        assertThat(enterprise.unboundedScore()).isEqualTo(100 - 4 * 15 - 30 - 20);
        assertThat(enterprise.inFlight()).isEmpty();
        List<CreditRecord> all = recordsOf(uscc);
        assertThat(all).hasSize(6).allMatch(CreditRecord::counted);
        assertThat(all.stream().mapToInt(enterprise::pointsOf).sum()).as("every record still counts its points")
                .isEqualTo(enterprise.unboundedScore() - 100);
        assertDerivable();
        assertThat(recording.recount(uscc).changed()).isFalse();
        assertThat(classChanges(uscc)).extracting(CreditClassChanged::previousClass, CreditClassChanged::currentClass,
                CreditClassChanged::score).containsExactly(tuple("A", "B", 85), tuple("B", "C", 65),
                        tuple("C", "D", 35));
    }

    @Test
    void an_event_handled_twice_at_once_is_counted_once_even_when_one_handling_read_its_record_before_the_other_finished()
            throws Exception {
        recording.sampleFinalized(failed("S-0", false));
        var event = failed("S-1", false);
        CountDownLatch readPending = new CountDownLatch(1);
        CountDownLatch otherFinished = new CountDownLatch(1);
        ExecutorService slowConsumer = Executors.newSingleThreadExecutor();
        try {
            Future<Enterprise> slow = slowConsumer.submit(
                    () -> readingFirstThenWaiting(readPending, otherFinished).sampleFinalized(event));
            assertThat(readPending.await(30, TimeUnit.SECONDS)).isTrue();

            recording.sampleFinalized(event);
            otherFinished.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            slowConsumer.shutdownNow();
        }

        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 2, -15));
        assertThat(enterprise.inFlight()).isEmpty();
        assertThat(recordsOf(uscc)).hasSize(2).allMatch(CreditRecord::counted);
        assertThat(classChanges(uscc)).extracting(CreditClassChanged::currentClass).containsExactly("B", "C");
    }

    @Test
    void an_enterprise_stored_before_the_tally_existed_is_recounted_from_its_records_on_its_next_event() {
        Date before = Date.from(ContractFixtures.AT);
        mongo.getCollection(mongo.getCollectionName(CreditRecord.class)).insertOne(
                new Document("_id", "/qsp/inspection/old-" + uscc).append("uscc", uscc).append("type", "SAMPLE_FAILED")
                        .append("sourceType", EventCatalog.SAMPLE_FINALIZED.type()).append("sourceId", "S-old")
                        .append("occurredAt", before).append("description", "an old record")
                        .append("recordedAt", before));
        mongo.getCollection(mongo.getCollectionName(Enterprise.class)).insertOne(new Document("_id", uscc)
                .append("name", "杭州示例食品有限公司").append("region", "330100").append("score", 85)
                .append("riskClass", "B").append("explanation", List.of(new Document("recordId",
                        "/qsp/inspection/old-" + uscc).append("type", "SAMPLE_FAILED").append("points", -15)))
                .append("assessedAt", before).append("version", 0L).append("outbox", List.of()));

        recording.sampleFinalized(failed("S-new", false));

        Enterprise enterprise = awaitPublished(uscc);
        assertThat(enterprise.tallied()).isTrue();
        assertThat(enterprise.explanation()).containsExactly(new Contribution(RecordType.SAMPLE_FAILED, 2, -15));
        assertThat(enterprise.score()).isEqualTo(70);
        assertThat(recording.recount(uscc).changed()).isFalse();
        assertThat(recordsOf(uscc)).hasSize(2).allMatch(CreditRecord::counted)
                .anyMatch(r -> r.id().equals("/qsp/inspection/old-" + uscc) && r.pending() == null);
        assertThat(classChanges(uscc)).extracting(CreditClassChanged::previousClass, CreditClassChanged::currentClass)
                .containsExactly(tuple("B", "C"));
    }

    /** A full derivation from the records gives the score, class and explanation the enterprise keeps. */
    private void assertDerivable() {
        Enterprise enterprise = enterprises.get(uscc);
        assertThat(rules.assess(records.countedByType(uscc, enterprise.inFlight())))
                .isEqualTo(new Assessment(enterprise.score(), enterprise.riskClass(), enterprise.explanation(),
                        enterprise.unboundedScore()));
    }

    private IncomingEvent<SampleFinalized> failed(String sampleId, boolean safetyRelated) {
        return event(EventCatalog.SAMPLE_FINALIZED, UUID.randomUUID().toString(), sampleId + "-" + uscc,
                ContractFixtures.finalFail(sampleId + "-" + uscc, uscc, safetyRelated));
    }

    private IncomingEvent<RectificationTaskOverdue> overdue(String taskId) {
        return event(EventCatalog.RECTIFICATION_TASK_OVERDUE, UUID.randomUUID().toString(), taskId + "-" + uscc,
                ContractFixtures.taskOverdue(taskId + "-" + uscc, uscc));
    }

    /** The use case in a process that dies when it marks a record counted: before the mark, or right after it. */
    private CreditRecording dyingAroundMarking(boolean afterTheMark) {
        CreditRecords dying = new Delegating() {
            @Override
            public void markCounted(String id) {
                if (afterTheMark) {
                    records.markCounted(id);
                }
                throw new Died();
            }
        };
        return new CreditRecording(dying, enterprises, rules, clock, flags, registry);
    }

    /**
     * The use case in a consumer that reads the record, still pending, and then stalls until the
     * other consumer of the same event has finished; it reads fresh after that.
     */
    private CreditRecording readingFirstThenWaiting(CountDownLatch readPending, CountDownLatch otherFinished) {
        CreditRecords stalling = new Delegating() {
            @Override
            public Optional<CreditRecord> find(String id) {
                Optional<CreditRecord> found = records.find(id);
                if (readPending.getCount() > 0) {
                    readPending.countDown();
                    awaitQuietly(otherFinished);
                }
                return found;
            }
        };
        return new CreditRecording(stalling, enterprises, rules, clock, flags, registry);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service's records, for a consumer that misbehaves in one method. */
    private class Delegating implements CreditRecords {

        @Override
        public void insertIfAbsent(CreditRecord record) {
            records.insertIfAbsent(record);
        }

        @Override
        public Optional<CreditRecord> find(String id) {
            return records.find(id);
        }

        @Override
        public void markCounted(String id) {
            records.markCounted(id);
        }

        @Override
        public void end(String id, java.time.Instant at, String because) {
            records.end(id, at, because);
        }

        @Override
        public RecordPage newest(String of, int page, int size) {
            return records.newest(of, page, size);
        }

        @Override
        public Map<RecordType, Integer> countedByType(String of, Collection<String> inFlight) {
            return records.countedByType(of, inFlight);
        }
    }

    static final class Died extends RuntimeException {
        Died() {
            super("the process died");
        }
    }
}
