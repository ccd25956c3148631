package org.qsp.bench.stream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.qsp.bench.LatencyStats;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.harness.DemoTokens;
import org.qsp.harness.LocalStack;
import org.qsp.harness.ProcessStats;
import org.qsp.harness.SampleForms;
import org.qsp.platform.test.ConsumerGroups;
import org.qsp.platform.test.TestEvents;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make bench-stream}: the regulator console's two figures on one monitor instance.
 * <ol>
 * <li><b>Fan-out</b>: {@code STREAM_VIEWERS} (1,000) regulators hold the live stream open on monitor itself; failed
 * samples are published to {@code inspection.samples} at {@code STREAM_RATE} a second ({@code STREAM_EVENTS} in
 * all), as inspection would. For each published event and each viewer: the event's time → the moment the viewer
 * parsed it (Kafka, monitor's consumer, the ring, the viewer's queue, the socket). Monitor's RSS before and with the
 * viewers gives the memory per viewer; its CPU over the phase the cost per delivery.</li>
 * <li><b>KPIs</b>: {@code KPI_EVENTS} (1,000,000) passed samples spread over twelve months and eight counties are
 * published; once monitor's group has committed past them, {@code GET /kpis} for the city and the year is timed
 * {@code KPI_REQUESTS} (200) times in a row.</li>
 * </ol>
 * Writes {@code stream-summary.json} to {@code <run dir>/bench/stream-<UTC time>/}. The figures are printed, not
 * judged: the targets are in the README.
 */
public final class StreamBench {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String GROUP = "monitor";
    private static final String COUNTY = SampleForms.COUNTY;
    private static final int VIEWERS_PER_CLIENT = 50;

    private final LocalStack stack;
    private final Map<String, String> env;
    private final Map<String, Object> summary = new LinkedHashMap<>();

    private StreamBench(LocalStack stack, Map<String, String> env) {
        this.stack = stack;
        this.env = env;
    }

    public static void main(String[] args) {
        try {
            LocalStack stack = LocalStack.fromEnvironment(Path.of(System.getProperty("qsp.root", ".")));
            Path folder = stack.runDir().resolve("bench").resolve("stream-" + FOLDER.format(Instant.now()));
            new StreamBench(stack, System.getenv()).run(folder);
            System.exit(0);
        } catch (RuntimeException | IOException e) {
            System.err.println("stream bench failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    private void run(Path folder) throws IOException, InterruptedException {
        System.out.print(stack.start(Duration.ofMinutes(5)));
        ProcessHandle monitor = stack.process("monitor")
                .orElseThrow(() -> new IllegalStateException("monitor is not running"));
        String token = new DemoTokens(stack).of("regulator1");
        fanOut(monitor, token, number("STREAM_VIEWERS", 1000), number("STREAM_EVENTS", 300),
                number("STREAM_RATE", 10));
        kpis(token, number("KPI_EVENTS", 1_000_000), number("KPI_REQUESTS", 200));
        Files.createDirectories(folder);
        Path file = folder.resolve("stream-summary.json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), summary);
        System.out.println("summary: " + file);
    }

    private void fanOut(ProcessHandle monitor, String token, int viewers, int events, int rate)
            throws InterruptedException {
        say("fan-out: %d viewers, %d failed samples at %d/s", viewers, events, rate);
        Set<String> published = ConcurrentHashMap.newKeySet();
        List<String> eventIds = LongStream.range(0, events).mapToObj(i -> UUID.randomUUID().toString()).toList();
        published.addAll(eventIds);
        ProcessStats idle = stats(monitor);
        CountDownLatch connected = new CountDownLatch(viewers);
        List<Viewer> all = new ArrayList<>();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        // a client per VIEWERS_PER_CLIENT viewers: one HttpClient reads all its connections on one selector thread,
        // and a thousand browsers do not share one
        List<HttpClient> clients = IntStream.range(0, (viewers + VIEWERS_PER_CLIENT - 1) / VIEWERS_PER_CLIENT)
                .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                        .connectTimeout(Duration.ofSeconds(10)).build()).toList();
        URI stream = stack.uri("monitor", "/api/monitor/v1/stream?region=" + SampleForms.REGION);
        Instant opening = Instant.now();
        for (int i = 0; i < viewers; i++) {
            Viewer viewer = new Viewer(clients.get(i / VIEWERS_PER_CLIENT), stream, token, published::contains,
                    connected);
            all.add(viewer);
            threads.execute(viewer);
        }
        if (!connected.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException(connected.getCount() + " viewers did not connect within 2 minutes");
        }
        List<Viewer> refusedViewers = all.stream().filter(v -> v.failure() != null).toList();
        long refused = refusedViewers.size();
        long retried = all.stream().mapToLong(Viewer::refusals).sum();
        long reconnected = all.stream().mapToLong(Viewer::reconnects).sum();
        refusedViewers.stream().findFirst().ifPresent(v -> say("first viewer that never connected: %s", v.failure()));
        say("%d viewers connected in %d ms (%d retries after 503/429, %d after a lost connection, %d never connected)",
                viewers - refused, Duration.between(opening, Instant.now()).toMillis(), retried, reconnected, refused);
        ProcessStats open = stats(monitor);

        publish(eventIds, rate, this::failed);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && all.stream()
                .anyMatch(v -> v.failure() == null && v.dropped() == null && v.received() < events)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        ProcessStats done = stats(monitor);
        List<Viewer> broken = all.stream().filter(v -> v.failure() != null && !refusedViewers.contains(v)).toList();
        clients.forEach(HttpClient::shutdownNow);
        threads.shutdownNow();

        long[] delivered = all.stream().flatMapToLong(v -> LongStream.of(v.latencies())).toArray();
        LatencyStats latency = LatencyStats.of(delivered);
        long complete = all.stream().filter(v -> v.received() == events).count();
        long dropped = all.stream().filter(v -> v.dropped() != null).count();
        broken.stream().findFirst().ifPresent(v -> say("first stream that broke after connecting: %s", v.failure()));
        double rssPerViewerKb = (open.rssBytes() - idle.rssBytes()) / 1024.0 / Math.max(1, viewers - refused);
        double cpu = done.cpuSeconds() - open.cpuSeconds();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("viewers", viewers);
        figures.put("neverConnected", refused);
        figures.put("retriesAfterRefusal", retried);
        figures.put("retriesAfterLostConnection", reconnected);
        figures.put("events", events);
        figures.put("ratePerSecond", rate);
        figures.put("deliveries", delivered.length);
        figures.put("viewersWithEveryEvent", complete);
        figures.put("viewersDropped", dropped);
        figures.put("viewersBrokenAfterConnecting", broken.size());
        figures.put("deliveryP50Ms", latency.p50());
        figures.put("deliveryP90Ms", latency.p90());
        figures.put("deliveryP99Ms", latency.p99());
        figures.put("deliveryMaxMs", latency.max());
        figures.put("monitorRssIdleMb", idle.rssMb());
        figures.put("monitorRssWithViewersMb", open.rssMb());
        figures.put("monitorRssAfterMb", done.rssMb());
        figures.put("rssPerViewerKb", rssPerViewerKb);
        figures.put("monitorCpuSeconds", cpu);
        figures.put("monitorCpuMicrosPerDelivery", delivered.length == 0 ? 0 : cpu * 1e6 / delivered.length);
        summary.put("fanOut", figures);
        say("fan-out: %s", figures);
        all.stream().filter(v -> v.dropped() != null).findFirst()
                .ifPresent(v -> say("first drop reason: %s", v.dropped()));
    }

    private void kpis(String token, int events, int requests) throws InterruptedException {
        say("KPIs: projecting %d passed samples", events);
        YearMonth last = YearMonth.now(ZoneOffset.UTC);
        Instant start = Instant.now();
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrap())) {
            List<String> ids = LongStream.range(0, events).mapToObj(i -> UUID.randomUUID().toString()).toList();
            publish(ids, 0, (i, id) -> passed(i, id, last));
            Instant published = Instant.now();
            Map<TopicPartition, Long> end = groups.endOffsets(List.of(Topics.INSPECTION_SAMPLES_NAME));
            groups.awaitCommittedPast(GROUP, end, Duration.ofHours(2));
            Instant projected = Instant.now();
            double seconds = Duration.between(start, projected).toMillis() / 1000.0;
            say("published in %.1f s, projected in %.1f s (%.0f events/s)",
                    Duration.between(start, published).toMillis() / 1000.0, seconds, events / seconds);
            summary.put("kpiEventsProjected", events);
            summary.put("kpiProjectionEventsPerSecond", events / seconds);
        }
        HttpClient client = HttpClient.newHttpClient();
        URI kpis = stack.uri("monitor", "/api/monitor/v1/kpis?region=" + SampleForms.REGION + "&from="
                + last.minusMonths(11) + "&to=" + last);
        long[] millis = new long[requests];
        for (int i = 0; i < requests; i++) {
            long began = System.nanoTime();
            HttpResponse<String> response = send(client, HttpRequest.newBuilder(kpis)
                    .header("Authorization", "Bearer " + token).GET().build());
            millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /kpis answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
        LatencyStats latency = LatencyStats.of(millis);
        summary.put("kpiRequests", requests);
        summary.put("kpiP50Ms", latency.p50());
        summary.put("kpiP99Ms", latency.p99());
        summary.put("kpiMaxMs", latency.max());
        say("GET /kpis (12 months, city): p50 %d ms, p99 %d ms, max %d ms", latency.p50(), latency.p99(),
                latency.max());
    }

    private ProducerRecord<String, String> failed(long index, String eventId) {
        String sampleId = "sb-" + eventId.substring(0, 8) + "-" + index;
        Instant concluded = Instant.now();
        return TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleId, new SampleFailed(sampleId,
                new EnterpriseRef(SampleForms.newUscc(), "杭州流测食品有限公司", COUNTY),
                new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), concluded.minus(Duration.ofDays(2)), concluded,
                List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)), false),
                eventId);
    }

    private static ProducerRecord<String, String> passed(long index, String eventId, YearMonth last) {
        String sampleId = "kb-" + eventId.substring(0, 8) + "-" + index;
        Instant concluded = last.minusMonths(index % 12).atDay(1 + (int) (index % 27)).atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        String county = "3301" + String.format(Locale.ROOT, "%02d", 2 + index % 8);
        return TestEvents.record(EventCatalog.SAMPLE_PASSED, sampleId, new SamplePassed(sampleId,
                new EnterpriseRef(SampleForms.newUscc(), "杭州指标食品有限公司", county),
                new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), concluded.minus(Duration.ofDays(2)), concluded),
                eventId);
    }

    /** Publishes one record per id, {@code rate} a second (0: as fast as the broker takes them). */
    private void publish(List<String> eventIds, int rate, RecordOf recordOf) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, rate == 0 ? 20 : 0);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < eventIds.size(); i++) {
                if (rate > 0) {
                    long due = start + i * (1_000_000_000L / rate);
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                }
                producer.send(recordOf.record(i, eventIds.get(i)));
            }
            producer.flush();
        }
    }

    @FunctionalInterface
    private interface RecordOf {
        ProducerRecord<String, String> record(long index, String eventId);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    private static ProcessStats stats(ProcessHandle process) {
        return ProcessStats.of(process).orElseThrow(() -> new IllegalStateException("no /proc for " + process.pid()));
    }

    private int number(String name, int fallback) {
        String value = env.getOrDefault(name, "");
        try {
            return value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }
}
