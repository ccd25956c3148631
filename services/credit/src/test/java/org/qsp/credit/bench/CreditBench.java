package org.qsp.credit.bench;

import static org.awaitility.Awaitility.await;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.credit.enterprise.CreditRecord;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.reclassification.Reclassification;
import org.qsp.credit.reclassification.ReclassificationJob;
import org.qsp.credit.registry.RegistryImports;
import org.qsp.credit.rules.CreditRules;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.test.TestUsccs;

/**
 * Benchmarks of credit against the in-process store the tests use ({@code make bench-credit}); figures, never timed
 * assertions. (a) The re-classification of N enterprises with 5 records each, for each N of
 * {@code -Dqsp.bench.enterprises=10000,100000}: a first run that moves every class (all records counted anew, every
 * enterprise written with its class change) and a second that changes nothing. (b) A registry import of
 * {@code -Dqsp.bench.rows=1000000} NDJSON rows: time, rows/s, heap.
 */
@EnabledIfSystemProperty(named = "qsp.bench", matches = "true")
@org.springframework.test.context.TestPropertySource(properties = "qsp.outbox.sweep-interval=1h")
class CreditBench extends CreditIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Reclassification reclassification;
    @Autowired
    RegistryImports imports;
    @Autowired
    CreditRules rules;

    @Test
    void reclassification_scales_with_the_enterprises_and_the_registry_imports_a_million_rows() throws Exception {
        Path out = Path.of(System.getProperty("qsp.bench.out", "target/credit-bench.txt"));
        Files.deleteIfExists(out);
        List<String> lines = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                try {
                    // each figure as soon as it is measured, so that a run cut short keeps what it got
                    Files.writeString(out, line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return super.add(line);
            }
        };
        lines.add(String.format("load average at start: %s", load()));
        int rows = Integer.getInteger("qsp.bench.rows", 1_000_000);
        if (rows > 0) {
            lines.add(importRows(rows));
        }
        long seeded = 0;
        for (String size : System.getProperty("qsp.bench.enterprises", "10000,100000").split(",")) {
            int n = Integer.parseInt(size.strip());
            seed((int) seeded, n - (int) seeded);
            seeded = n;
            lines.add(String.format(Locale.ROOT, "seeded %,d enterprises x 5 records; load %s", n, load()));
            Run moving = run();
            Run still = run();
            lines.add(String.format(Locale.ROOT, "re-classification %,d enterprises x 5 records: moving run %.1f s "
                    + "(%,.0f enterprises/s, %,d changed), unchanged run %.1f s (%,.0f enterprises/s); load %s", n,
                    moving.seconds, n / moving.seconds, moving.changed, still.seconds, n / still.seconds, load()));
            reset();
        }
        lines.forEach(line -> System.out.println("BENCH " + line));
    }

    private record Run(double seconds, long changed) {
    }

    private Run run() {
        long start = System.nanoTime();
        String id = reclassification.request("bench").id();
        ReclassificationJob job = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> reclassification.get(id), j -> j.status() != ReclassificationJob.Status.RUNNING);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (job.status() != ReclassificationJob.Status.DONE) {
            throw new IllegalStateException("the run failed: " + job.failure());
        }
        return new Run(seconds, job.changed());
    }

    /** {@code n} more enterprises in the starting class, each with 5 counted final FAILs not yet in its tally. */
    private void seed(int from, int n) {
        List<Enterprise> enterprises = new ArrayList<>(1000);
        List<CreditRecord> records = new ArrayList<>(5000);
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        for (int i = 0; i < n; i++) {
            String uscc = TestUsccs.valid("330100");
            enterprises.add(Enterprise.open(uscc, rules.starting()));
            for (int r = 0; r < 5; r++) {
                records.add(new CreditRecord("/bench/" + uscc + "/" + r, uscc, RecordType.SAMPLE_FAILED,
                        "org.qsp.inspection.sample.finalized.v1", "S-" + uscc + "-" + r, at, "bench", at, false));
            }
            if (enterprises.size() == 1000) {
                mongo.insertAll(enterprises);
                mongo.insertAll(records);
                enterprises.clear();
                records.clear();
            }
        }
        if (!enterprises.isEmpty()) {
            mongo.insertAll(enterprises);
            mongo.insertAll(records);
        }
    }

    /** Every enterprise back in the starting class (its records not yet in the tally), for the next size. */
    private void reset() {
        mongo.getCollection("enterprises").updateMany(new org.bson.Document(), new org.bson.Document("$set",
                new org.bson.Document("score", rules.starting().score()).append("riskClass", "A")
                        .append("unboundedScore", rules.starting().score()).append("tally", List.of())
                        .append("outbox", List.of())));
    }

    private String importRows(int rows) throws Exception {
        Path file = Files.createTempFile("qsp-bench-registry-", ".ndjson");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < rows; i++) {
                    out.write("{\"uscc\":\"" + TestUsccs.valid("330106") + "\",\"name\":\"基准企业" + i
                            + "\",\"region\":\"330106\",\"categories\":[\"food\",\"toys\"],\"licences\":[{\"type\":"
                            + "\"SC\",\"number\":\"SC" + i + "\",\"validUntil\":\"2030-12-31\"}]}\n");
                }
            }
            long bytes = Files.size(file);
            var memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(heapBefore);
            Caller admin = new Caller("bench", Set.of(Role.ADMIN), Optional.empty(), Optional.empty());
            long start = System.nanoTime();
            ImportJob started;
            try (var in = Files.newInputStream(file)) {
                started = imports.start(admin, ImportFormat.NDJSON, in);
            }
            ImportJob job = await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                return imports.get(admin, started.id());
            }, j -> j.status() != ImportJob.Status.RUNNING);
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "registry import %,d rows (%,d MB NDJSON): %s in %.1f s, %,.0f rows/s, "
                    + "%,d imported, heap %,d MB before, peak %,d MB (max %,d MB, the in-process store included); "
                    + "load %s", rows, bytes >> 20, job.status(), seconds, rows / seconds, job.rowsImported(),
                    heapBefore >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, load());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
