package org.qsp.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many failed samples per second the system takes through the gateway, the base of the overload phase (2x this).
 * From {@code CHAOS_CAPACITY} when set; else {@code samplesPerSecond} of the newest {@code bench/<run>/summary.json}
 * (make bench) under the stack's run folder or the repository's {@code .run}; else a short closed-loop probe.
 *
 * @param source where the figure came from (the variable, the summary's path, or the probe)
 * @param probed  measured by this run's probe (so it can be measured again once the stack is warm)
 */
record Capacity(double samplesPerSecond, String source, boolean probed) {

    static Capacity given(double samplesPerSecond, String source) {
        return new Capacity(samplesPerSecond, source, false);
    }


    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The newest bench summary (by modification time) that has a positive {@code samplesPerSecond}. */
    static Optional<Capacity> fromBench(List<Path> runFolders) {
        List<Path> summaries = new ArrayList<>();
        for (Path folder : runFolders.stream().distinct().toList()) {
            Path bench = folder.resolve("bench");
            if (Files.isDirectory(bench)) {
                try (Stream<Path> runs = Files.list(bench)) {
                    runs.map(run -> run.resolve("summary.json")).filter(Files::isRegularFile).forEach(summaries::add);
                } catch (IOException e) {
                    // an unreadable folder holds no summary
                }
            }
        }
        return summaries.stream().sorted(Comparator.comparing(Capacity::modified).reversed())
                .flatMap(summary -> samplesPerSecond(summary).map(rate -> given(rate, summary.toString())).stream())
                .findFirst();
    }

    private static Optional<Double> samplesPerSecond(Path summary) {
        try {
            JsonNode rate = JSON.readTree(summary.toFile()).path("samplesPerSecond");
            return rate.isNumber() && rate.asDouble() > 0 ? Optional.of(rate.asDouble()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Closed loop: {@code clients} phones each file samples back to back (retrying as the load does), first for
     * {@code warmUp} (not counted: a freshly started JVM is slow until its code is compiled), then for
     * {@code duration}; the capacity is the samples acknowledged within that per second. A closed loop cannot
     * overload the system, so what it reaches is what the system sustains.
     */
    static Capacity probe(SampleFiler filer, Ledger ledger, int clients, Duration warmUp, Duration duration) {
        long from = System.nanoTime() + warmUp.toNanos();
        long end = from + duration.toNanos();
        AtomicInteger done = new AtomicInteger();
        List<Thread> phones = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            phones.add(Thread.ofVirtual().name("capacity-probe").start(() -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    if (filer.file(ledger.next()) && System.nanoTime() >= from && System.nanoTime() <= end) {
                        done.incrementAndGet();
                    }
                }
            }));
        }
        try {
            for (Thread phone : phones) {
                if (!phone.join(duration.plusSeconds(30))) {
                    phone.interrupt();
                }
            }
        } catch (InterruptedException e) {
            phones.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        double rate = done.get() / (duration.toMillis() / 1000.0);
        return new Capacity(Math.max(rate, 1), "closed-loop probe: " + clients + " clients for " + duration.toSeconds()
                + " s after " + warmUp.toSeconds() + " s of warm-up, " + done.get() + " samples acknowledged", true);
    }
}
