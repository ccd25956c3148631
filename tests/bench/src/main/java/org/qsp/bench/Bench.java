package org.qsp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.qsp.harness.DemoTokens;
import org.qsp.harness.LocalStack;
import org.qsp.harness.PipelineStores;
import org.qsp.harness.ProcessStats;
import org.qsp.harness.SampleForms;
import org.qsp.harness.SampleTrail;

/**
 * {@code make bench}: starts what is down of the local stack (or uses it as it runs), then, in one run, steps the
 * baselines (authenticated GET through the gateway and directly, authenticated PUT of a sampling form) and the
 * pipeline (form + FAIL result until the task and the credit record exist) through constant arrival rates until each
 * saturates, measures propagation at half the pipeline's saturation, and writes {@code summary.json} and
 * {@code report.html} to {@code <run dir>/bench/<timestamp>/}.
 */
public final class Bench {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(15);
    private static final List<Workload> BASELINES = List.of(Workload.PUT_FORM, Workload.GET_GATEWAY,
            Workload.GET_DIRECT);

    private final BenchConfig config;
    private final LocalStack stack;
    private final Path folder;
    private final List<String> warnings = new ArrayList<>();

    Bench(BenchConfig config, LocalStack stack, Path folder) {
        this.config = config;
        this.stack = stack;
        this.folder = folder;
    }

    public static void main(String[] args) {
        try {
            BenchConfig config = BenchConfig.fromEnvironment(System.getenv());
            LocalStack stack = LocalStack.fromEnvironment(Path.of(System.getProperty("qsp.root", ".")));
            Path folder = stack.runDir().resolve("bench").resolve(FOLDER.format(Instant.now()));
            Summary summary = new Bench(config, stack, folder).run();
            System.out.printf(Locale.ROOT, "%nsamplesPerSecond %.1f, baselineRequestsPerSecond %.1f, ratio %.3f, "
                    + "noticeP50Ms %d, noticeP99Ms %d, creditP99Ms %d, maxRssMb %.0f%nreport: %s%n",
                    summary.samplesPerSecond(), summary.baselineRequestsPerSecond(), summary.ratio(),
                    summary.noticeP50Ms(), summary.noticeP99Ms(), summary.creditP99Ms(), summary.maxRssMb(),
                    folder.resolve("report.html"));
            System.exit(0);
        } catch (RuntimeException | IOException e) {
            System.err.println("bench failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    Summary run() throws IOException {
        Instant startedAt = Instant.now();
        Files.createDirectories(folder);
        say("QSP bench: BENCH_SECONDS=%d (levels of %.1f s), stack in %s", config.benchSeconds(),
                config.level().toMillis() / 1000.0, stack.runDir());
        System.out.print(stack.start(Duration.ofMinutes(5)));
        Map<String, ProcessHandle> processes = stack.processes();
        if (processes.size() < LocalStack.COMPONENTS.size()) {
            throw new IllegalStateException("not every part of the stack is up: " + processes.keySet());
        }
        Map<String, JvmFlags> flags = new LinkedHashMap<>();
        processes.forEach((name, process) -> flags.put(name, JvmFlags.of(process)));
        flags.forEach((name, f) -> {
            if (f.c1Only()) {
                warnings.add(name + " runs with -XX:TieredStopAtLevel=1 (C1 only, lower peak throughput): restart "
                        + "the stack with QSP_FAST_START=0 for full-JIT figures");
            }
        });
        warnings.forEach(w -> say("warning: %s", w));

        DemoTokens tokens = new DemoTokens(stack);
        Targets targets = new Targets(stack.uri("gateway", ""), stack.uri("rectification", ""),
                tokens.of("inspector1"), tokens.of("lab1"), tokens.of("regulator1"), null, new SampleForms());
        try (PipelineStores stores = new PipelineStores(stack);
                Driver driver = new Driver(config, targets.withKnownTask(Driver.firstFailedSample(targets, stores)),
                        folder, stores)) {
            Map<Workload, Double> estimates = probes(driver);
            Map<Workload, StepResult> steps = new EnumMap<>(Workload.class);
            for (Workload baseline : BASELINES) {
                quiet(processes);
                List<Driver.Run> runs = stepped(driver, baseline, estimates.get(baseline), processes);
                steps.put(baseline, step(baseline, estimates.get(baseline), runs,
                        levels(runs, (run, window) -> Levels.overHttp(window, run.observations()))));
            }
            quiet(processes);
            PipelinePhase pipeline = pipeline(driver, stores, estimates.get(Workload.PIPELINE), processes);
            steps.put(Workload.PIPELINE, pipeline.step());
            quiet(processes);
            Propagation propagation = propagation(driver, stores, pipeline.step());
            List<ProcessFigures> figures = figures(processes, pipeline, flags);
            Summary summary = Summary.of(config, startedAt, Instant.now(), steps, propagation, figures,
                    pipeline.loadGeneratorCpuSecondsPerSample(), warnings);
            Files.writeString(folder.resolve("summary.json"), summary.toJson());
            Files.writeString(folder.resolve("report.html"), HtmlReport.render(summary));
            return summary;
        }
    }

    /** Closed-model probes, the pipeline first and longest: they warm the JIT and say where to place the levels. */
    private Map<Workload, Double> probes(Driver driver) {
        Map<Workload, Double> estimates = new EnumMap<>(Workload.class);
        for (Workload workload : List.of(Workload.PIPELINE, Workload.PUT_FORM, Workload.GET_GATEWAY,
                Workload.GET_DIRECT)) {
            Duration duration = workload == Workload.PIPELINE ? config.level().multipliedBy(2) : config.level();
            double estimate = driver.probe(workload, duration);
            if (estimate <= 0) {
                throw new IllegalStateException("the probe of " + workload.key() + " completed no operation");
            }
            estimates.put(workload, estimate);
            say("probe %-10s %8.1f operations/s (%d users, closed model)", workload.key(), estimate,
                    config.probeUsers());
        }
        return estimates;
    }

    /** What the stepped pipeline phase measured, and the CPU the processes spent on it. */
    private record PipelinePhase(StepResult step, Map<String, Double> cpuSeconds, int acknowledged,
            double loadGeneratorCpuSecondsPerSample) {
    }

    private PipelinePhase pipeline(Driver driver, PipelineStores stores, double estimate,
            Map<String, ProcessHandle> processes) {
        Instant since = Instant.now();
        Map<String, ProcessStats> before = stats(processes);
        Optional<ProcessStats> selfBefore = ProcessStats.of(ProcessHandle.current());
        List<Driver.Run> runs = new ArrayList<>(stepped(driver, Workload.PIPELINE, estimate, processes));
        Map<String, String> acknowledged = new LinkedHashMap<>();
        List<LevelResult> levels = settledLevels(driver, stores, runs, acknowledged, since);
        boolean steppedBelow = runs.size() > 1;
        if (!steppedBelow && !levels.isEmpty() && !config.saturation().judge(levels.getFirst()).passed()) {
            // HTTP kept up but the consumers did not: the probe (HTTP only) overestimated what the pipeline takes
            say("pipeline: even its first level fell behind downstream; stepping it again below");
            quiet(processes);
            runs.addFirst(driver.stepped(Workload.PIPELINE, estimate, BenchConfig.LOWER_FACTORS));
            levels = settledLevels(driver, stores, runs, acknowledged, since);
        }
        Map<String, ProcessStats> after = stats(processes);
        Optional<ProcessStats> selfAfter = ProcessStats.of(ProcessHandle.current());
        Map<String, Double> cpu = new LinkedHashMap<>();
        before.forEach((name, stat) -> Optional.ofNullable(after.get(name))
                .ifPresent(end -> cpu.put(name, end.cpuSeconds() - stat.cpuSeconds())));
        int samples = Math.max(1, acknowledged.size());
        double self = selfBefore.flatMap(b -> selfAfter.map(a -> a.cpuSeconds() - b.cpuSeconds())).orElse(0.0);
        return new PipelinePhase(step(Workload.PIPELINE, estimate, runs, levels), cpu, acknowledged.size(),
                self / samples);
    }

    /**
     * Waits until the runs' acknowledged samples went through (or the settle timeout passed, which is warned about),
     * then measures their levels from the samples' trails.
     */
    private List<LevelResult> settledLevels(Driver driver, PipelineStores stores, List<Driver.Run> runs,
            Map<String, String> acknowledged, Instant since) {
        runs.forEach(run -> acknowledged.putAll(Driver.acknowledged(run.observations())));
        Set<String> missing = driver.awaitSettled(acknowledged, SETTLE_TIMEOUT);
        if (!missing.isEmpty()) {
            warnings.add(missing.size() + " acknowledged samples of the pipeline phase had no task or credit record "
                    + SETTLE_TIMEOUT.toSeconds() + " s after the load ended");
        }
        Map<String, SampleTrail> trails = stores.trails(acknowledged.keySet(), since);
        return levels(runs, (run, window) -> Levels.overPipeline(window, run.observations(), trails));
    }

    private Propagation propagation(Driver driver, PipelineStores stores, StepResult pipeline) {
        double rate = Summary.round(Math.max(0.5, (pipeline.found() ? pipeline.saturationOffered()
                : pipeline.levels().stream().mapToDouble(LevelResult::offered).min().orElse(1)) / 2), 1);
        if (!pipeline.found()) {
            warnings.add("the pipeline sustained no level; propagation measured at half its lowest level");
        }
        Instant since = Instant.now();
        Driver.Run run = driver.constant(Workload.PIPELINE, rate, config.propagation());
        Map<String, String> acknowledged = Driver.acknowledged(run.observations());
        Set<String> missing = driver.awaitSettled(acknowledged, SETTLE_TIMEOUT);
        if (!missing.isEmpty()) {
            warnings.add(missing.size() + " acknowledged samples of the propagation phase had no task or credit "
                    + "record " + SETTLE_TIMEOUT.toSeconds() + " s after the load ended");
        }
        Map<String, SampleTrail> trails = stores.trails(acknowledged.keySet(), since);
        List<Long> notice = trails.values().stream().flatMap(t -> t.toNotice().stream()).map(Duration::toMillis)
                .toList();
        List<Long> credit = trails.values().stream().flatMap(t -> t.toCredit().stream()).map(Duration::toMillis)
                .toList();
        int complete = (int) trails.values().stream().filter(SampleTrail::complete).count();
        Propagation propagation = Propagation.of(rate, config.propagation().toMillis() / 1000.0, acknowledged.size(),
                complete, notice, credit, run.report());
        say("propagation at %.1f samples/s: %d samples, notice p50 %d p99 %d ms, credit p50 %d p99 %d ms", rate,
                acknowledged.size(), propagation.notice().p50(), propagation.notice().p99(),
                propagation.credit().p50(), propagation.credit().p99());
        return propagation;
    }

    /**
     * Steps the workload through the levels around its probe's estimate; when even the first of them fails over
     * HTTP (the probe overestimated it), steps it again below. The runs come lowest first.
     */
    private List<Driver.Run> stepped(Driver driver, Workload workload, double estimate,
            Map<String, ProcessHandle> processes) {
        Driver.Run run = driver.stepped(workload, estimate, BenchConfig.FACTORS);
        boolean firstSustained = !run.windows().isEmpty() && config.saturation()
                .judge(Levels.overHttp(run.windows().getFirst(), run.observations())).passed();
        if (!firstSustained) {
            say("%s: even its first level failed; stepping it again below", workload.key());
            quiet(processes);
            return List.of(driver.stepped(workload, estimate, BenchConfig.LOWER_FACTORS), run);
        }
        boolean lastSustained = run.windows().size() == BenchConfig.FACTORS.size() && config.saturation()
                .judge(Levels.overHttp(run.windows().getLast(), run.observations())).passed();
        if (lastSustained) {
            say("%s: even its last level passed (the probe underestimated it); stepping it again above",
                    workload.key());
            quiet(processes);
            return List.of(run, driver.stepped(workload, estimate, BenchConfig.HIGHER_FACTORS));
        }
        return List.of(run);
    }

    /** The levels of the runs, in the order they come, numbered anew from 1. */
    private static List<LevelResult> levels(List<Driver.Run> runs,
            BiFunction<Driver.Run, LevelWindow, LevelResult> measure) {
        List<LevelResult> levels = new ArrayList<>();
        runs.forEach(run -> run.windows().forEach(window -> levels.add(measure.apply(run, window))));
        return IntStream.range(0, levels.size()).mapToObj(i -> levels.get(i).numbered(i + 1)).toList();
    }

    private StepResult step(Workload workload, double estimate, List<Driver.Run> runs, List<LevelResult> measured) {
        List<LevelResult> judged = config.saturation().judge(measured);
        StepResult step = StepResult.of(workload, estimate, judged, config.saturation(),
                runs.stream().map(Driver.Run::report).filter(Objects::nonNull).toList());
        say("%s: %s", workload.key(), workload.description());
        for (LevelResult level : judged) {
            say("  level %d  offered %7.1f/s  achieved %7.1f/s  errors %5.1f %%  HTTP p50 %4d p99 %5d ms%s  %s",
                    level.level(), level.offered(), level.achieved(), 100 * level.errorRatio(), level.http().p50(),
                    level.http().p99(), level.notice() == null ? ""
                            : String.format(Locale.ROOT, "  notice p99 %5d  credit p99 %5d ms", level.notice().p99(),
                                    level.credit().p99()), level.verdict());
        }
        say("  saturation: %.1f operations/s (%.1f requests/s)%s", step.operationsPerSecond(), step.requestsPerSecond(),
                step.reached() ? "" : " — not reached: the highest level tried passed");
        if (!step.reached()) {
            warnings.add(workload.key() + " sustained every level tried; its capacity is at least "
                    + step.operationsPerSecond() + " operations/s");
        }
        return step;
    }

    private List<ProcessFigures> figures(Map<String, ProcessHandle> processes, PipelinePhase pipeline,
            Map<String, JvmFlags> flags) {
        Map<String, ProcessStats> end = stats(processes);
        List<ProcessFigures> figures = new ArrayList<>();
        processes.keySet().forEach(name -> {
            double cpu = pipeline.cpuSeconds().getOrDefault(name, 0.0);
            JvmFlags f = flags.get(name);
            figures.add(new ProcessFigures(name, processes.get(name).pid(), Summary.round(cpu, 2),
                    Summary.round(cpu / Math.max(1, pipeline.acknowledged()), 5),
                    Summary.round(Optional.ofNullable(end.get(name)).map(ProcessStats::rssMb).orElse(0.0), 1),
                    f.commandLine(), f.inEffect(), f.c1Only()));
        });
        return figures;
    }

    /** Lets the stack settle from the previous phase (see {@link Driver#awaitQuiet}). */
    private void quiet(Map<String, ProcessHandle> processes) {
        Duration waited = Driver.awaitQuiet(processes.values(), QUIET_TIMEOUT);
        if (waited.compareTo(QUIET_TIMEOUT) >= 0) {
            warnings.add("the stack was still busy " + QUIET_TIMEOUT.toSeconds() + " s after a phase; the next one "
                    + "started anyway");
        }
    }

    private static Map<String, ProcessStats> stats(Map<String, ProcessHandle> processes) {
        Map<String, ProcessStats> stats = new LinkedHashMap<>();
        processes.forEach((name, process) -> ProcessStats.of(process).ifPresent(s -> stats.put(name, s)));
        return stats;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
