package org.qsp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.qsp.harness.PipelineStores;
import org.qsp.harness.ProcessStats;
import org.qsp.harness.SampleForms;

/**
 * Drives the stack through the bench's Gatling runs (closed-model probes, stepped open-model levels, a constant
 * rate) and waits for failed samples to go through the pipeline.
 */
final class Driver implements AutoCloseable {

    /** A finished run: what it observed, the levels that ran to their end, Gatling's report (relative), if any. */
    record Run(Observations observations, List<LevelWindow> windows, String report) {
    }

    private static final double QUIET_CORES = 0.25;

    private final BenchConfig config;
    private final Targets targets;
    private final GatlingRunner gatling;
    private final Path benchFolder;
    private final PipelineStores stores;

    Driver(BenchConfig config, Targets targets, Path benchFolder, PipelineStores stores) {
        this.config = config;
        this.targets = targets;
        this.gatling = new GatlingRunner(benchFolder.resolve("gatling"));
        this.benchFolder = benchFolder;
        this.stores = stores;
    }

    /** A closed-model run of {@code config.probeUsers()} users: its throughput, operations per second. */
    double probe(Workload workload, Duration duration) {
        Observations observations = new Observations();
        gatling.run(new Phase("probe-" + workload.key(), workload, new Load.Closed(config.probeUsers(), duration),
                targets, observations), false);
        return Levels.probeThroughput(observations.operations());
    }

    /**
     * The open-model levels placed around the probe's estimate, stepped up until saturated: stops after the rule's
     * number of failing levels in a row (judged over HTTP while it runs). Only the levels that ran to their end are
     * kept.
     */
    Run stepped(Workload workload, double estimate, List<Double> factors) {
        Load.Open load = new Load.Open(Levels.ratesAround(estimate, factors), config.level());
        String name = (factors.equals(BenchConfig.FACTORS) ? "stepped-"
                : factors.equals(BenchConfig.HIGHER_FACTORS) ? "stepped-higher-" : "stepped-lower-") + workload.key();
        Phase phase = new Phase(name, workload, load, targets, new Observations());
        String report;
        try (EarlyStop watch = new EarlyStop(phase, config.settle(), config.saturation())) {
            report = relative(gatling.run(phase, true).orElse(null));
        }
        Observations observations = phase.observations();
        long end = observations.stopRequestedAtMs().orElse(Long.MAX_VALUE);
        List<LevelWindow> windows = load.windows(observations.startedAtMs(), config.settle()).stream()
                .filter(window -> window.toMs() <= end).toList();
        return new Run(observations, windows, report);
    }

    /** One constant arrival rate for {@code duration}, measured as a single level. */
    Run constant(Workload workload, double rate, Duration duration) {
        Load.Open load = new Load.Open(List.of(rate), duration);
        Phase phase = new Phase("constant-" + workload.key(), workload, load, targets, new Observations());
        String report = relative(gatling.run(phase, true).orElse(null));
        Observations observations = phase.observations();
        return new Run(observations, load.windows(observations.startedAtMs(), Duration.ZERO), report);
    }

    /**
     * Waits until the stack's processes together use less than a quarter of a core over a second (at most
     * {@code timeout}), so that a phase does not start on what the previous one left behind (queued requests, a
     * consumer backlog, garbage). Returns how long that took.
     */
    static Duration awaitQuiet(Collection<ProcessHandle> processes, Duration timeout) {
        long start = System.nanoTime();
        double busy = Double.MAX_VALUE;
        while (busy > QUIET_CORES && System.nanoTime() - start < timeout.toNanos()) {
            double before = cpuSeconds(processes);
            pause(Duration.ofSeconds(1));
            busy = cpuSeconds(processes) - before;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static double cpuSeconds(Collection<ProcessHandle> processes) {
        return processes.stream().map(ProcessStats::of).flatMap(Optional::stream).mapToDouble(ProcessStats::cpuSeconds)
                .sum();
    }

    @Override
    public void close() {
        gatling.close();
    }

    /** The samples whose form and result were both accepted, with their enterprise's USCC. */
    static Map<String, String> acknowledged(Observations observations) {
        Map<String, String> samples = new LinkedHashMap<>();
        observations.operations().stream().filter(Observations.Operation::ok)
                .forEach(op -> samples.put(op.sampleId(), op.uscc()));
        return samples;
    }

    /** Waits until every sample has its task and credit record, or {@code timeout}; returns those still missing. */
    Set<String> awaitSettled(Map<String, String> samples, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> missing = stores.unsettled(samples);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(500));
            Map<String, String> left = new LinkedHashMap<>();
            missing.forEach(id -> left.put(id, samples.get(id)));
            missing = stores.unsettled(left);
        }
        return missing;
    }

    /**
     * One failed sample through the gateway with a plain HTTP client, awaited until its task and credit record
     * exist: the pipeline works before any load starts. Returns its rectification task's id.
     */
    static String firstFailedSample(Targets targets, PipelineStores stores) {
        String sampleId = UUID.randomUUID().toString();
        String uscc = SampleForms.newUscc();
        URI sample = URI.create(targets.gateway() + "/api/inspection/v1/samples/" + sampleId);
        put(sample, targets.inspectorToken(), targets.forms().form(uscc));
        put(URI.create(sample + "/result"), targets.labToken(), SampleForms.result("FAIL"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!stores.unsettled(Map.of(sampleId, uscc)).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sample " + sampleId + " got no task or credit record within 60 s: "
                        + "is the pipeline working? (see the services' logs)");
            }
            pause(Duration.ofMillis(200));
        }
        return PipelineStores.taskId(sampleId);
    }

    private static void put(URI uri, String token, String json) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("PUT " + uri + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String relative(Path report) {
        return report == null ? null : benchFolder.relativize(report.resolve("index.html")).toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
