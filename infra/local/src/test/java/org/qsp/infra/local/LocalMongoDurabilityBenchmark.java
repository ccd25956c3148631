package org.qsp.infra.local;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/**
 * Cost of durable acknowledgements in the local store: single-document insert, update and read throughput and
 * latency, with 1 and 16 concurrent clients, for {@code relaxed} (H2 auto-commit, the old behaviour),
 * {@code commit} (commit before the reply, no fsync: survives kill -9 only) and {@code sync} (commit + fsync,
 * the default). Not a test (surefire does not pick it up). Run it from the repository root:
 * <pre>
 * ./mvnw -B -ntp -o -q -pl infra/local test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp infra/local/target/test-classes:infra/local/target/classes:$(cat infra/local/target/bench.cp) \
 *     org.qsp.infra.local.LocalMongoDurabilityBenchmark [seconds per run, default 4] [data dir or -, default a temp dir]
 *     [modes, default relaxed,commit,sync]
 * </pre>
 * The first mode listed also pays for the JIT warm-up and the machine is shared: list the modes twice, interleaved
 * ({@code relaxed,sync,relaxed,sync}), and compare the later rows.
 */
public final class LocalMongoDurabilityBenchmark {

    private enum Mode { RELAXED, COMMIT, SYNC }

    private enum Op { INSERT, UPDATE, READ, READ_WHILE_8_INSERT }

    private static final int UPDATE_DOCS = 5_000;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        Path base = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : Files.createTempDirectory("qsp-store-bench");
        List<Mode> modes = args.length > 2
                ? Arrays.stream(args[2].split(",")).map(m -> Mode.valueOf(m.strip().toUpperCase(Locale.ROOT))).toList()
                : List.of(Mode.values());
        System.out.printf("java %s, %d cpus, load %s, data in %s (%s)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), base, Files.getFileStore(base).type());
        System.out.printf("%-8s %-20s %7s %10s %9s %9s %10s %8s%n", "mode", "op", "clients", "ops/s", "p50 ms",
                "p99 ms", "writes per", "file MB");
        System.out.printf("%-8s %-20s %7s %10s %9s %9s %10s %8s%n", "", "", "", "", "", "", "commit", "");
        for (int m = 0; m < modes.size(); m++) {
            Mode mode = modes.get(m);
            Path file = base.resolve(m + "-" + mode.name().toLowerCase(Locale.ROOT) + "/qsp.mv");
            try (var store = Store.start(mode, file); var client = client(store.uri())) {
                MongoCollection<Document> samples = client.getDatabase("qsp_bench").getCollection("samples");
                List<String> ids = preload(samples);
                for (Op op : Op.values()) {
                    for (int clients : op == Op.READ_WHILE_8_INSERT ? new int[] {8} : new int[] {1, 16}) {
                        run(mode, op, clients, samples, ids, seconds * 0.4); // warm-up
                        long writesBefore = store.writes(), commitsBefore = store.commits();
                        Result result = run(mode, op, clients, samples, ids, seconds);
                        long writes = store.writes() - writesBefore, commits = store.commits() - commitsBefore;
                        System.out.printf("%-8s %-20s %7d %10.0f %9.2f %9.2f %10s %8.1f%n",
                                mode.name().toLowerCase(Locale.ROOT), op.name().toLowerCase(Locale.ROOT), clients,
                                result.perSecond(), result.percentile(50), result.percentile(99),
                                commits == 0 ? "-" : String.format("%.1f", (double) writes / commits),
                                store.backend().getMvStore().getFileStore().size() / 1e6);
                    }
                }
            }
            System.out.printf("%-8s file size after close: %.1f MB%n", mode.name().toLowerCase(Locale.ROOT),
                    Files.size(file) / 1e6);
        }
        System.out.printf("load %s%n", loadAverage());
    }

    private static List<String> preload(MongoCollection<Document> samples) {
        List<String> ids = new ArrayList<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < UPDATE_DOCS; i++) {
            Document doc = sample();
            ids.add(doc.getString("_id"));
            batch.add(doc);
            if (batch.size() == 500) {
                samples.insertMany(batch);
                batch.clear();
            }
        }
        return ids;
    }

    private static Result run(Mode mode, Op op, int clients, MongoCollection<Document> samples, List<String> ids,
                              double seconds) throws InterruptedException {
        var stop = new AtomicBoolean();
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        var measured = new long[clients][];
        var counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                var random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    switch (op) {
                        case INSERT -> samples.insertOne(sample());
                        case UPDATE -> samples.updateOne(Filters.eq("_id", ids.get(random.nextInt(ids.size()))),
                                Updates.combine(Updates.set("state", "done"), Updates.inc("version", 1)));
                        case READ, READ_WHILE_8_INSERT -> samples.find(
                                Filters.eq("_id", ids.get(random.nextInt(ids.size())))).first();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
                measured[client] = latencies;
                counts[client] = n;
            }));
        }
        List<Thread> background = new ArrayList<>();
        if (op == Op.READ_WHILE_8_INSERT) {
            for (int w = 0; w < 8; w++) {
                background.add(Thread.ofPlatform().start(() -> {
                    while (!stop.get()) {
                        samples.insertOne(sample());
                    }
                }));
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        stop.set(true);
        double elapsed = (System.nanoTime() - started) / 1e9;
        for (Thread t : background) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(measured[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total / elapsed, all);
    }

    private record Result(double perSecond, long[] sortedNanos) {

        double percentile(int p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    private static Document sample() {
        String id = UUID.randomUUID().toString();
        return new Document("_id", id)
                .append("version", 0)
                .append("enterpriseUscc", "91330100MA27XY012B")
                .append("region", "330100")
                .append("product", "rice noodles, 500 g, batch " + id.substring(0, 8))
                .append("result", new Document("verdict", "FAIL").append("items", List.of(
                        new Document("item", "lead").append("value", 0.31).append("limit", 0.2),
                        new Document("item", "aflatoxin B1").append("value", 3.0).append("limit", 5.0))))
                .append("state", "new")
                .append("outbox", List.of(new Document("type", "org.qsp.inspection.sample.failed.v1")
                        .append("id", UUID.randomUUID().toString())));
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToConnectionPoolSettings(b -> b.maxSize(64).minSize(32))
                .applyToSocketSettings(b -> b.readTimeout(60, TimeUnit.SECONDS))
                .build());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    /** The store in this JVM: LocalMongo for relaxed and sync, the durable backend without fsync for commit. */
    private record Store(AutoCloseable closeable, String uri, H2Backend backend, DurableH2Backend durable)
            implements AutoCloseable {

        static Store start(Mode mode, Path file) throws Exception {
            int port = FreePorts.next();
            if (mode == Mode.COMMIT) {
                Files.createDirectories(file.getParent());
                var backend = new DurableH2Backend(DurableH2Backend.openStore(file.toString()), false);
                var server = new MongoServer(backend);
                server.bind(new InetSocketAddress("127.0.0.1", port), 0, LocalMongo.SYNC_EVENT_LOOPS);
                return new Store(server::shutdown, "mongodb://127.0.0.1:" + port, backend, backend);
            }
            var config = new LocalMongo.Config(file, port,
                    mode == Mode.SYNC ? LocalMongo.Durability.SYNC : LocalMongo.Durability.RELAXED);
            var mongo = LocalMongo.start(config);
            return new Store(mongo, config.connectionString(), mongo.backend(), mongo.durableBackend());
        }

        long writes() {
            return durable == null ? 0 : durable.writes();
        }

        long commits() {
            return durable == null ? 0 : durable.commits();
        }

        @Override
        public void close() throws Exception {
            closeable.close();
        }
    }
}
