package org.qsp.bench.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.qsp.harness.DemoTokens;
import org.qsp.harness.LocalStack;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make bench-draw}: a pool of {@code DRAW_POOL} (1,000,000) enterprises is imported as one NDJSON body
 * straight to inspection (generated while it is sent; the gateway admits 64 MB there), its job read every second
 * for progress; then a city plan over the pool with the configured class ratios and a batch count of 1 % of the
 * pool is published, its draw timed, and the public verification of the draw timed. Writes
 * {@code draw-summary.json} to {@code <run dir>/bench/draw-<UTC time>/}. Figures are printed, not judged.
 */
public final class DrawBench {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String[] COUNTIES = {"330102", "330105", "330106", "330108", "330109", "330110"};
    /** 5 % A, 45 % B, 35 % C, 15 % D: a pool where every class counts. */
    private static final String CLASSES = "ABBBBBBBBBCCCCCCCDDD";

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> summary = new LinkedHashMap<>();

    private DrawBench(LocalStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) {
        try {
            LocalStack stack = LocalStack.fromEnvironment(Path.of(System.getProperty("qsp.root", ".")));
            Path folder = stack.runDir().resolve("bench").resolve("draw-" + FOLDER.format(Instant.now()));
            new DrawBench(stack).run(folder, Integer.parseInt(System.getenv().getOrDefault("DRAW_POOL", "1000000")));
            System.exit(0);
        } catch (RuntimeException | IOException e) {
            System.err.println("draw bench failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    private void run(Path folder, int rows) throws IOException, InterruptedException {
        System.out.print(stack.start(Duration.ofMinutes(5)));
        String token = new DemoTokens(stack).of("regulator1");
        String category = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        summary.put("poolRows", rows);
        summary.put("category", category);

        Instant importStart = Instant.now();
        var accepted = http.send(HttpRequest.newBuilder(uri("/api/inspection/v1/pool/enterprises:import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated(rows, category))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        Instant received = Instant.now();
        String jobId = JSON.readTree(accepted.body()).path("jobId").asString();
        List<Map<String, Object>> progress = new ArrayList<>();
        JsonNode job;
        do {
            Thread.sleep(1000);
            job = JSON.readTree(get("/api/inspection/v1/pool/jobs/" + jobId, token).body());
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("atSeconds", seconds(importStart, Instant.now()));
            sample.put("status", job.path("status").asString());
            sample.put("rowsDone", job.path("rowsDone").asLong());
            sample.put("rowsPerSecond", job.path("rowsPerSecond").asDouble());
            sample.put("eta", job.path("eta").isNull() ? null : job.path("eta").asString());
            progress.add(sample);
            System.out.printf("import: %s %,d rows, %,.0f rows/s, eta %s%n", sample.get("status"),
                    sample.get("rowsDone"), sample.get("rowsPerSecond"), sample.get("eta"));
        } while ("RUNNING".equals(job.path("status").asString()));
        Instant imported = Instant.now();
        summary.put("import", Map.of("jobId", jobId, "status", job.path("status").asString(),
                "rowsImported", job.path("rowsImported").asLong(), "errorCount", job.path("errorCount").asLong(),
                "bodySentSeconds", seconds(importStart, received), "totalSeconds", seconds(importStart, imported),
                "rowsPerSecondOverall", rows / seconds(importStart, imported),
                "rowsPerSecondByJob", job.path("rowsPerSecond").asDouble()));
        summary.put("importProgress", progress);

        for (int i = 1; i <= 6; i++) {
            var put = http.send(HttpRequest.newBuilder(uri("/api/inspection/v1/pool/inspectors/" + category + "-" + i))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"region\":\"330100\",\"qualifications\":[\""
                            + category + "\"],\"conflicts\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() >= 300) {
                throw new IllegalStateException("inspector refused: " + put.statusCode() + " " + put.body());
            }
        }
        Map<String, Object> plan = Map.of("year", 2026, "level", "CITY", "samplingType", "SUPERVISORY",
                "categories", List.of(category), "region", "330100", "batchCount", rows / 100);
        var published = post("/api/inspection/v1/plans", token, JSON.writeValueAsString(plan));
        String planId = JSON.readTree(published.body()).path("planId").asString();

        Instant drawStart = Instant.now();
        var drawn = post("/api/inspection/v1/plans/" + planId + "/draws", token, "{\"seed\":\"bench-2026-088\"}");
        Instant drawEnd = Instant.now();
        if (drawn.statusCode() != 201) {
            throw new IllegalStateException("draw refused: " + drawn.statusCode() + " " + drawn.body());
        }
        JsonNode draw = JSON.readTree(drawn.body());
        String drawId = draw.path("drawId").asString();
        Instant verifyStart = Instant.now();
        var verified = post("/api/inspection/v1/public/draws/" + drawId + ":verify", null, "");
        Instant verifyEnd = Instant.now();
        JsonNode verification = JSON.readTree(verified.body());
        summary.put("draw", Map.of("drawId", drawId, "poolSize", draw.path("poolSize").asInt(),
                "picks", draw.path("picks").size(), "seconds", seconds(drawStart, drawEnd),
                "poolHash", draw.path("poolHash").asString()));
        summary.put("verify", Map.of("matches", verification.path("matches").asBoolean(),
                "seconds", seconds(verifyStart, verifyEnd)));
        Files.createDirectories(folder);
        Path file = folder.resolve("draw-summary.json");
        Files.writeString(file, JSON.writeValueAsString(summary));
        System.out.printf("import %,d rows: %.1f s (%,.0f rows/s); draw of %,d from %,d: %.2f s; verify: %.2f s "
                + "(matches %s)%nsummary: %s%n", rows, seconds(importStart, imported),
                rows / seconds(importStart, imported), draw.path("picks").size(), draw.path("poolSize").asInt(),
                seconds(drawStart, drawEnd), seconds(verifyStart, verifyEnd), verification.path("matches").asBoolean(),
                file);
    }

    /** The NDJSON body, written by another thread while the client sends it. */
    private static InputStream generated(int rows, String category) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 20);
            PipedOutputStream out = new PipedOutputStream(in);
            Thread.ofPlatform().daemon().name("ndjson").start(() -> {
                try (Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                        StandardCharsets.UTF_8), 1 << 16)) {
                    for (int i = 0; i < rows; i++) {
                        String county = COUNTIES[i % COUNTIES.length];
                        writer.write("{\"uscc\":\"" + TestUsccs.valid(county) + "\",\"name\":\"基准企业" + i
                                + "\",\"region\":\"" + county + "\",\"categories\":[\"" + category
                                + "\"],\"riskClass\":\"" + CLASSES.charAt(i % CLASSES.length()) + "\"}\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return stack.uri("inspection", path);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
