package org.qsp.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.qsp.harness.DemoTokens;
import org.qsp.harness.LocalStack;
import org.qsp.harness.PipelineStores;
import org.qsp.harness.Settling;
import org.qsp.platform.test.ConsumerGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code make chaos}: under a constant arrival rate of failed samples through the gateway, kills each part of the
 * local stack with {@code kill -9} and starts it again (one at a time, each until the pipeline works again), mixes
 * poison into the sample topic, drives twice the system's capacity for a while; then, once the system settled,
 * counts what every acknowledged sample caused. Writes {@code <run dir>/chaos/<run>/summary.json} and
 * {@code report.md}, prints the table, and exits 1 when a sample was lost or an effect doubled, a fault did not
 * recover, poison did not end as designed or the system did not settle; 2 when the run itself broke off.
 */
public final class ChaosRun {

    private static final Logger log = LoggerFactory.getLogger(ChaosRun.class);
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());
    private static final Duration STACK_START = Duration.ofMinutes(5);
    private static final Duration DRAIN = Duration.ofMinutes(2);
    private static final Duration TICK = Duration.ofSeconds(10);
    private static final Duration PROBE_WARM_UP = Duration.ofSeconds(10);

    private final ChaosSettings settings;
    private final LocalStack stack;
    private final String run;

    ChaosRun(ChaosSettings settings, LocalStack stack, String run) {
        this.settings = settings;
        this.stack = stack;
        this.run = run;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("qsp.repo.root", ".")).toAbsolutePath().normalize();
        LocalStack stack = LocalStack.fromEnvironment(root);
        try {
            ChaosSummary summary = new ChaosRun(ChaosSettings.from(System.getenv()), stack,
                    RUN_NAME.format(Instant.now())).run();
            System.exit(summary.passed() ? 0 : 1);
        } catch (RuntimeException e) {
            log.error("the chaos run broke off: {}", e.toString(), e);
            System.exit(2);
        }
    }

    ChaosSummary run() {
        Instant startedAt = Instant.now();
        long origin = System.nanoTime();
        log.info("chaos run {}: stack in {}, gateway {}; {}", run, stack.runDir(), stack.uri("gateway", ""),
                settings.describe());
        startStack();
        DemoTokens tokens = new DemoTokens(stack);
        tokens.of(SampleFiler.INSPECTOR);
        tokens.of(SampleFiler.LAB);
        Ledger ledger = new Ledger();
        Traffic traffic = new Traffic("capacity");
        SampleFiler filer = new SampleFiler(new GatewayClient(stack.uri("gateway", ""), settings.httpTimeout()), tokens,
                ledger, traffic, settings.backOffCap());
        try (PipelineStores stores = new PipelineStores(stack);
                ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrap())) {
            Probe probe = new Probe(filer, ledger, tokens, stores);
            Capacity capacity = capacity(filer, ledger);
            double rate = settings.baseRate(capacity);
            log.info("capacity {} samples/s ({}); base load {} samples/s", String.format("%.1f",
                    capacity.samplesPerSecond()), capacity.source(), String.format("%.1f", rate));
            UnderLoad underLoad = underLoad(rate, capacity, filer, ledger, traffic, probe, groups, origin);
            boolean settled = settle(new Settling(groups, stores.client()));
            Observed observed = Observed.read(stores, stack.kafkaBootstrap(), ledger.filed());
            Accounting accounting = Accounting.of(ledger.filed(), ledger.acknowledged(), observed.effects());
            ChaosSummary summary = summary(startedAt, origin, rate, settled, underLoad, accounting, observed, ledger,
                    traffic);
            Path folder = stack.runDir().resolve("chaos").resolve(run);
            Report.write(folder, summary);
            System.out.println("\n" + Report.table(summary));
            System.out.println("summary: " + folder.resolve("summary.json") + "\nreport:  " + folder.resolve("report.md"));
            return summary;
        }
    }

    /** What the phases under load found: the faults in order (the kills, then the overload), the poison. */
    private record UnderLoad(List<FaultResult> faults, PoisonRun.Result poison, Overload overload) {
    }

    /**
     * The load runs at its base rate throughout; one at a time, each component is killed after a steady spell and
     * recovered; then the poison; then the overload and the recovery from it; then the load stops and its samples
     * in flight are awaited.
     */
    private UnderLoad underLoad(double rate, Capacity capacity, SampleFiler filer, Ledger ledger, Traffic traffic,
            Probe probe, ConsumerGroups groups, long origin) {
        List<FaultResult> faults = new ArrayList<>();
        try (ArrivalLoad load = new ArrivalLoad(filer, ledger, rate).start();
                Ticker ticker = new Ticker(origin, traffic, load, ledger)) {
            Faults killer = new Faults(stack, probe, load, settings.recoveryTimeout());
            for (String component : settings.faults()) {
                traffic.phase("kill -9 " + component);
                hold(settings.steady());
                faults.add(killer.kill(component));
            }
            traffic.phase("poison");
            hold(settings.steady());
            PoisonRun.Result poison = new PoisonRun(stack, groups, run).run(settings.poisonPerKind(),
                    settings.recoveryTimeout());
            log.info("poison: {}", poison.tally());
            Capacity now = capacityNow(capacity, filer, ledger, load, traffic);
            int inFlight = load.inFlight();
            Overload overload = overload(now, rate, load, traffic);
            faults.add(killer.recovery("overload 2x", null, Instant.now(), System.nanoTime(), null, null, inFlight));
            traffic.phase("drain");
            load.stopArrivals();
            if (!load.awaitDrained(DRAIN)) {
                log.warn("{} samples still unacknowledged after {}: given up", load.inFlight(), DRAIN);
            }
            return new UnderLoad(List.copyOf(faults), poison, overload);
        }
    }

    private void startStack() {
        String said = stack.start(STACK_START);
        said.lines().filter(line -> line.startsWith("QSP is up") || line.contains("started:")
                || line.contains("already up:")).forEach(line -> log.info("stack: {}", line.trim()));
    }

    private Capacity capacity(SampleFiler filer, Ledger ledger) {
        if (settings.capacity() > 0) {
            return Capacity.given(settings.capacity(), "CHAOS_CAPACITY");
        }
        return Capacity.fromBench(List.of(stack.runDir(), stack.root().resolve(".run"))).orElseGet(() -> {
            log.info("no CHAOS_CAPACITY and no bench summary: probing capacity for {} s with {} clients, after {} s "
                    + "of warm-up", settings.capacityProbe().toSeconds(), settings.probeClients(), PROBE_WARM_UP.toSeconds());
            return Capacity.probe(filer, ledger, settings.probeClients(), PROBE_WARM_UP, settings.capacityProbe());
        });
    }

    /**
     * The capacity the overload doubles. A probed figure is measured again now, with the base load paused, on a
     * stack that has run for minutes (the first probe met freshly started JVMs), and the higher of the two counts:
     * on a machine shared with other work one probe can catch a busy spell, and twice what the system has shown it
     * can take is an overload for sure.
     */
    private Capacity capacityNow(Capacity first, SampleFiler filer, Ledger ledger, ArrivalLoad load, Traffic traffic) {
        if (!first.probed()) {
            return first;
        }
        double rate = load.rate();
        traffic.phase("capacity again");
        load.rate(0);
        Capacity again = Capacity.probe(filer, ledger, settings.probeClients(), Duration.ZERO, settings.capacityProbe());
        load.rate(rate);
        log.info("capacity now {} samples/s ({})", String.format("%.1f", again.samplesPerSecond()), again.source());
        return again.samplesPerSecond() >= first.samplesPerSecond() ? again : first;
    }

    private Overload overload(Capacity capacity, double baseRate, ArrivalLoad load, Traffic traffic) {
        double rate = 2 * capacity.samplesPerSecond();
        log.info("overload: {} samples/s for {} s", String.format("%.1f", rate), settings.overload().toSeconds());
        traffic.phase("overload");
        load.rate(rate);
        long started = System.nanoTime();
        hold(settings.overload());
        load.rate(baseRate);
        double seconds = (System.nanoTime() - started) / 1e9;
        traffic.phase("after overload");
        StatusCounts.Snapshot status = traffic.of("overload");
        Overload overload = new Overload(capacity.samplesPerSecond(), capacity.source(), rate, seconds, status,
                Overload.judge(status));
        log.info("overload: {}; {}", overload.verdict(), status);
        return overload;
    }

    private boolean settle(Settling settling) {
        log.info("waiting until the system settled (consumer groups at the end offsets, outboxes empty)");
        long started = System.nanoTime();
        try {
            settling.await(settings.settleTimeout());
            log.info("settled after {} s", Probe.secondsSince(started));
            return true;
        } catch (ConditionTimeoutException e) {
            log.warn("the system did not settle within {}: {}", settings.settleTimeout(), e.getMessage());
            return false;
        }
    }

    private ChaosSummary summary(Instant startedAt, long origin, double rate, boolean settled, UnderLoad underLoad,
            Accounting accounting, Observed observed, Ledger ledger, Traffic traffic) {
        List<FaultResult> faults = underLoad.faults();
        PoisonTally tally = underLoad.poison().tally();
        List<String> failures = ChaosSummary.failures(accounting, faults, underLoad.poison(), settled);
        return new ChaosSummary(run, startedAt.toString(), Instant.now().toString(), Probe.secondsSince(origin),
                accounting.acknowledged(), accounting.lost(), accounting.duplicated(), tally.poison(),
                tally.deadLettered(), faults.size(), rate, accounting.tasks(), accounting.creditRecords(),
                tally.expectedDeadLetters(), faults.stream().allMatch(FaultResult::recovered), settled,
                failures.isEmpty(), failures, faults, underLoad.overload(), tally, underLoad.poison().unknownTypeSkipped(),
                accounting, accounting.filed() - accounting.acknowledged(), ledger.refused(), observed.republished(),
                traffic.all(), settings.describe());
    }

    /** Keeps the load running as it is for a while: a phase of the run, not a wait for a condition. */
    private static void hold(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Says every ten seconds where the run is, so that a long run can be followed. */
    private static final class Ticker implements AutoCloseable {

        private final Thread thread;

        Ticker(long origin, Traffic traffic, ArrivalLoad load, Ledger ledger) {
            thread = Thread.ofPlatform().daemon().name("chaos-ticker").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(TICK);
                    } catch (InterruptedException e) {
                        return;
                    }
                    log.info("t+{}s  {}: {}/s, {} samples in flight, {} acknowledged",
                            Math.round(Probe.secondsSince(origin)), traffic.phase(),
                            String.format("%.1f", load.rate()), load.inFlight(), ledger.acknowledgedCount());
                }
            });
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
