package org.qsp.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store as its own OS process, killed with SIGKILL while several clients write, then restarted on the same file:
 * every write it acknowledged is still there, every time. Run it against the old behaviour with
 * {@code -Dqsp.killtest.durability=relaxed}: it fails (acknowledged writes are lost).
 */
class LocalMongoKillTest {

    private static final int WRITERS = 4;
    /** Kill points: this long after the round's writers reached a few acknowledged writes. */
    /** Acknowledged inserts in a round before the kill: the kill lands at a different point of each round. */
    private static final int[] KILL_AFTER_INSERTS = {20, 60, 150, 400};
    private static final String DURABILITY = System.getProperty("qsp.killtest.durability", "sync");

    @TempDir
    Path dir;

    private final Set<String> inserted = ConcurrentHashMap.newKeySet();
    private final Set<String> updated = ConcurrentHashMap.newKeySet();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    /** Targets of the write each writer had in flight when the store died: it may or may not have happened. */
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final Set<String> indexes = ConcurrentHashMap.newKeySet();
    private final AtomicLong incrementsAcknowledged = new AtomicLong();
    private final AtomicLong incrementsSent = new AtomicLong();

    @Test
    void every_acknowledged_write_survives_sigkill_of_the_store_process() throws Exception {
        Path file = dir.resolve("qsp.mv");
        for (int round = 0; round < KILL_AFTER_INSERTS.length; round++) {
            var store = StoreProcess.start(file, dir.resolve("mongo-" + round + ".log"));
            try (var client = client(store.uri())) {
                assertEverythingAcknowledgedIsThere(samples(client));

                String index = "round" + round + "_1";
                samples(client).createIndex(Indexes.ascending("round" + round));
                indexes.add(index);

                long before = inserted.size();
                int r = round;
                var writers = IntStream.range(0, WRITERS).mapToObj(w -> new Writer(samples(client), r, w)).toList();
                var threads = writers.stream()
                        .map(w -> Thread.ofPlatform().name("writer-" + w.prefix).start(w))
                        .toList();
                int killAfter = KILL_AFTER_INSERTS[round];
                await().atMost(Duration.ofSeconds(60)).until(() -> inserted.size() - before >= killAfter);
                store.kill();
                for (Thread thread : threads) {
                    thread.join(Duration.ofSeconds(20));
                    assertThat(thread.isAlive()).as("%s stopped at the kill", thread.getName()).isFalse();
                }
                for (Writer writer : writers) {
                    assertThat(writer.stoppedBy).as("why writer %s stopped", writer.prefix)
                            .isInstanceOfAny(MongoSocketException.class, MongoTimeoutException.class);
                }
                assertThat(inserted.size() - before).as("inserts acknowledged in round %d", round)
                        .isGreaterThanOrEqualTo(killAfter);
                System.out.printf("round %d: killed after %d acknowledged inserts; %d inserts acknowledged"
                                + " in the round, %d in all (%d updates, %d deletes, %d $inc)%n", round,
                        killAfter, inserted.size() - before, inserted.size(), updated.size(),
                        deleted.size(), incrementsAcknowledged.get());
            } finally {
                store.kill();
            }
        }

        var store = StoreProcess.start(file, dir.resolve("mongo-last.log"));
        try (var client = client(store.uri())) {
            assertEverythingAcknowledgedIsThere(samples(client));
        } finally {
            store.kill();
        }
        assertThat(updated).isNotEmpty();
        assertThat(deleted).isNotEmpty();
        assertThat(incrementsAcknowledged.get()).isPositive();
    }

    private void assertEverythingAcknowledgedIsThere(MongoCollection<Document> samples) {
        Map<String, Document> stored = new HashMap<>();
        samples.find().forEach(d -> stored.put(d.getString("_id"), d));

        List<String> lost = new ArrayList<>();
        List<String> lostUpdate = new ArrayList<>();
        List<String> resurrected = new ArrayList<>();
        for (String id : inserted) {
            if (unknown.contains(id)) {
                continue;
            }
            Document doc = stored.get(id);
            if (deleted.contains(id)) {
                if (doc != null) {
                    resurrected.add(id);
                }
            } else if (doc == null) {
                lost.add(id);
            } else if (updated.contains(id) && !"done".equals(doc.getString("state"))) {
                lostUpdate.add(id);
            }
        }
        assertThat(lost).as("acknowledged inserts missing (of %d)", inserted.size()).isEmpty();
        assertThat(lostUpdate).as("acknowledged $set missing (of %d)", updated.size()).isEmpty();
        assertThat(resurrected).as("acknowledged deletes undone (of %d)", deleted.size()).isEmpty();

        Document counter = stored.get("counter");
        long count = counter == null ? 0 : counter.getInteger("n");
        assertThat(count).as("acknowledged $inc on one shared document")
                .isBetween(incrementsAcknowledged.get(), incrementsSent.get());

        List<String> storedIndexes = new ArrayList<>();
        samples.listIndexes().forEach(i -> storedIndexes.add(i.getString("name")));
        assertThat(storedIndexes).as("acknowledged createIndexes").containsAll(indexes);
    }

    /** Writes until the store dies: insert, $set, delete, bulk insert and $inc on a shared document. */
    private final class Writer implements Runnable {

        private final MongoCollection<Document> samples;
        private final String prefix;
        private volatile RuntimeException stoppedBy;

        Writer(MongoCollection<Document> samples, int round, int writer) {
            this.samples = samples;
            this.prefix = "r" + round + "-w" + writer + "-";
        }

        @Override
        public void run() {
            List<String> inFlight = List.of();
            try {
                for (int i = 0; ; i++) {
                    String id = prefix + i;
                    inFlight = List.of(id);
                    samples.insertOne(new Document("_id", id).append("state", "new").append("result", "FAILED"));
                    inserted.add(id);

                    if (i % 2 == 0) {
                        samples.updateOne(Filters.eq("_id", id), Updates.set("state", "done"));
                        updated.add(id);
                    }
                    if (i % 5 == 4) {
                        String old = prefix + (i - 3);
                        inFlight = List.of(old);
                        samples.deleteOne(Filters.eq("_id", old));
                        deleted.add(old);
                    }
                    if (i % 7 == 6) {
                        List<String> ids = List.of(id + "a", id + "b", id + "c");
                        inFlight = ids;
                        samples.insertMany(ids.stream().map(b -> new Document("_id", b).append("state", "new")).toList());
                        inserted.addAll(ids);
                    }
                    if (i % 3 == 1) {
                        inFlight = List.of();
                        incrementsSent.incrementAndGet();
                        samples.findOneAndUpdate(Filters.eq("_id", "counter"), Updates.inc("n", 1),
                                new FindOneAndUpdateOptions().upsert(true));
                        incrementsAcknowledged.incrementAndGet();
                    }
                }
            } catch (RuntimeException storeGone) {
                unknown.addAll(inFlight);
                stoppedBy = storeGone;
            }
        }
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .retryWrites(false)
                .retryReads(false)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(2, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> samples(MongoClient client) {
        return client.getDatabase("qsp_inspection").getCollection("samples");
    }

    /** LocalMongo.main in its own JVM, on the given file and a fresh port. */
    private record StoreProcess(Process process, int port) {

        static StoreProcess start(Path file, Path log) throws Exception {
            int port = FreePorts.next();
            var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), LocalMongo.class.getName(),
                    file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("MONGO_PORT", String.valueOf(port));
            builder.environment().put("MONGO_DURABILITY", DURABILITY);
            var store = new StoreProcess(builder.start(), port);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    assertThat(store.process.isAlive()).as("store process is running, see %s", log).isTrue();
                    return Files.readString(log).contains("READY mongo");
                });
            } catch (RuntimeException | Error e) {
                store.kill();
                throw e;
            }
            return store;
        }

        String uri() {
            return "mongodb://127.0.0.1:" + port;
        }

        /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
