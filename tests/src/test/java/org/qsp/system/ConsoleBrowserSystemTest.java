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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regulator console in a real browser (Debian's Chromium, driven by playwright-core from
 * {@code tests/browser/specs}), against the real processes: login through identity's login page, the live stream,
 * a case timeline, the enterprise page, the KPI charts, an alert acknowledged, the English labels and the region rule
 * of the stream. Before the browser starts, an inspector records three failed samples of one enterprise through the
 * gateway, so that it has tasks and credit changes to show, and its move to class D raises an alert. The specs' output
 * is this test's log; their screenshots are in {@code tests/target/screenshots/}.
 */
class ConsoleBrowserSystemTest {

    private static final Duration FLOW = Duration.ofMinutes(3);
    private static final Duration BROWSER = Duration.ofMinutes(8);
    /** 100 points less 15 per failed sample: 85 (B), 70 (C), 55 (D), which raises the monitor's class-D alert. */
    private static final int FAILURES_TO_CLASS_D = 3;

    private static Stack stack;
    private static Flow flow;

    @BeforeAll
    static void startTheSystem() {
        stack = Stack.get();
        flow = new Flow(stack);
    }

    @Test
    void a_regulator_follows_failed_samples_from_the_live_stream_to_timelines_kpis_and_an_alert() {
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
        int exit = node(specs, uscc, root.resolve("tests/target/screenshots"));
        assertThat(exit).as("node --test of the console specs (their output is above)").isZero();
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
    private static int node(Path specs, String uscc, Path screenshots) {
        ProcessBuilder builder = new ProcessBuilder(List.of("node", "--test", "--test-concurrency=1",
                "--test-reporter=spec", "specs/")).directory(specs.toFile()).redirectErrorStream(true);
        builder.environment().put("QSP_GATEWAY_URL", "http://localhost:" + stack.gateway.uri("").getPort());
        builder.environment().put("QSP_DEMO_PASSWORD", Stack.PASSWORD);
        builder.environment().put("QSP_CONSOLE_USCC", uscc);
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
