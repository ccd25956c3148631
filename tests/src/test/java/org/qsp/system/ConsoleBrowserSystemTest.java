package org.qsp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.Topics;
import org.qsp.platform.kafka.DeadLetters;
import org.qsp.platform.test.TopicRecorder;

/**
 * The console in a real browser (Debian's Chromium, driven by playwright-core from {@code tests/browser/specs}),
 * against the real processes: login through identity's login page, the live stream, a case timeline, the enterprise
 * page, the KPI charts, an alert acknowledged, the English labels and the region rule of the stream; and the
 * operations view of an ADMIN: every service's outbox read, consumer lag, and a dead letter replayed. Before the
 * browser starts, an inspector records three failed samples of one enterprise through the gateway, so that it has
 * tasks and credit changes to show, and its move to class D raises an alert; and a malformed record on the samples
 * topic is dead-lettered by each group that reads it. The replay sends it back to that topic, where every group
 * refuses it again: a second dead letter per group, which this test checks on the topics after the browser. The
 * specs' output is this test's log; their screenshots are in {@code tests/target/screenshots/}.
 */
class ConsoleBrowserSystemTest {

    private static final Duration FLOW = Duration.ofMinutes(3);
    private static final Duration BROWSER = Duration.ofMinutes(8);
    /** 100 points less 15 per failed sample: 85 (B), 70 (C), 55 (D), which raises the monitor's class-D alert. */
    private static final int FAILURES_TO_CLASS_D = 3;

    /** The groups that read the samples topic, each of which dead-letters a record it cannot read. */
    private static final List<String> SAMPLE_GROUPS = List.of("rectification", "credit", "recall", "monitor");

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void a_regulator_follows_failed_samples_and_an_admin_replays_a_dead_letter() throws Exception {
        String deadLetterKey = "console-dead-letter-" + UUID.randomUUID();
        String deadLetters = Topics.INSPECTION_SAMPLES.deadLetterTopic();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.INSPECTION_SAMPLES_NAME, deadLetterKey,
                    "{\"this is\": not an event")).get(30, TimeUnit.SECONDS);
        }
        await("the malformed record dead-lettered by " + SAMPLE_GROUPS).atMost(FLOW)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> groupsThatDeadLettered(deadLetters, deadLetterKey), g -> g.containsAll(SAMPLE_GROUPS));

        String uscc = flow.newUscc();
        for (int failures = 1; failures <= FAILURES_TO_CLASS_D; failures++) {
            failedSampleThroughTheGateway(uscc);
            int expected = failures;
            await("task and credit record " + failures + " of " + uscc).atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                    .until(() -> flow.tasks(uscc) == expected && flow.creditRecords(uscc).size() == expected);
        }

        Path root = Path.of(System.getProperty("qsp.repo.root", "..")).toAbsolutePath().normalize();
        Path specs = root.resolve("tests/browser");
        assertThat(specs.resolve("node_modules/playwright-core")).as("playwright-core (make browser-deps installs it)")
                .isDirectory();
        int exit = node(specs, uscc, deadLetterKey, root.resolve("tests/target/screenshots"));
        assertThat(exit).as("node --test of the console specs (their output is above)").isZero();

        // the replay the admin confirmed reached the samples topic, and every group refused the record once more
        await("the replayed record on " + Topics.INSPECTION_SAMPLES_NAME).atMost(FLOW)
                .until(() -> stack.recorder.records().stream().anyMatch(r -> r.topic().equals(
                        Topics.INSPECTION_SAMPLES_NAME) && deadLetterKey.equals(r.key())
                        && TopicRecorder.header(r, DeadLetters.REPLAYED_FROM) != null));
        await("a second dead letter per group").atMost(FLOW).until(() -> stack.recorder.records().stream()
                .filter(r -> r.topic().equals(deadLetters) && deadLetterKey.equals(r.key())).count()
                >= 2L * SAMPLE_GROUPS.size());
    }

    private static List<String> groupsThatDeadLettered(String deadLetters, String key) {
        return stack.recorder.records().stream().filter(r -> r.topic().equals(deadLetters) && key.equals(r.key()))
                .map(r -> TopicRecorder.header(r, "kafka_dlt-original-consumer-group")).toList();
    }

    private static void failedSampleThroughTheGateway(String uscc) {
        String sampleId = UUID.randomUUID().toString();
        Api.Response form = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId),
                stack.token("inspector1"), Api.json(Flow.form(uscc)));
        assertThat(form.status()).as(form.raw()).isIn(200, 201);
        Api.Response result = Api.put(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId + "/result"),
                stack.token("lab1"), Api.json(Flow.result("FAIL")));
        assertThat(result.status()).as(result.raw()).isIn(200, 201);
        Api.Response accepted = Api.post(stack.gateway.uri("/api/inspection/v1/samples/" + sampleId
                + "/result/acceptance"), stack.enterpriseToken(uscc), null);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    private static void relay(Process process) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> System.out.println("[browser] " + line));
        } catch (IOException e) {
            System.out.println("[browser] output lost: " + e.getMessage());
        }
    }

    /** Runs the specs against the stack's gateway, the output streamed into this test's log; returns node's exit. */
    private static int node(Path specs, String uscc, String deadLetterKey, Path screenshots) {
        ProcessBuilder builder = new ProcessBuilder(List.of("node", "--test", "--test-concurrency=1",
                "--test-reporter=spec", "specs/")).directory(specs.toFile()).redirectErrorStream(true);
        builder.environment().put("QSP_GATEWAY_URL", "http://localhost:" + stack.gateway.uri("").getPort());
        builder.environment().put("QSP_DEMO_PASSWORD", Stack.PASSWORD);
        builder.environment().put("QSP_CONSOLE_USCC", uscc);
        builder.environment().put("QSP_DEAD_LETTER_KEY", deadLetterKey);
        builder.environment().put("QSP_SCREENSHOTS", screenshots.toString());
        try {
            Files.createDirectories(screenshots);
            Process process = builder.start();
            Thread pump = Thread.ofVirtual().start(() -> relay(process));
            if (!process.waitFor(BROWSER.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the browser specs took longer than " + BROWSER);
            }
            pump.join(Duration.ofSeconds(10));
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
