package org.qsp.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local stack that {@code infra/local/bin/stack.sh} runs, seen from outside: where each component listens,
 * which process it is, and the means to kill one ({@code kill -9}) and start what is down again.
 * Follows the script's environment: {@code QSP_RUN_DIR} (default {@code <repo>/.run}) and {@code QSP_PORT_OFFSET}.
 */
public final class LocalStack {

    /** Every component, in the order the script lists them. */
    public static final List<String> COMPONENTS =
            List.of("kafka", "mongo", "identity", "inspection", "rectification", "credit", "complaint", "recall",
                    "monitor", "gateway");
    private static final Map<String, Integer> BASE_PORTS = basePorts();

    private final Path root;
    private final Path runDir;
    private final int offset;

    public LocalStack(Path root, Path runDir, int offset) {
        this.root = root;
        this.runDir = runDir;
        this.offset = offset;
    }

    /** The stack of the repository {@code root}, as the environment places it. */
    public static LocalStack fromEnvironment(Path root) {
        String run = System.getenv("QSP_RUN_DIR");
        String offset = System.getenv("QSP_PORT_OFFSET");
        return new LocalStack(root.toAbsolutePath().normalize(),
                run == null || run.isBlank() ? root.resolve(".run") : Path.of(run),
                offset == null || offset.isBlank() ? 0 : Integer.parseInt(offset));
    }

    public Path root() {
        return root;
    }

    public Path runDir() {
        return runDir;
    }

    public int port(String component) {
        Integer base = BASE_PORTS.get(component);
        if (base == null) {
            throw new IllegalArgumentException("no such component: " + component);
        }
        return base + offset;
    }

    /** {@code http://127.0.0.1:<port><path>} of a Spring component (the gateway, identity, a service). */
    public URI uri(String component, String path) {
        return URI.create("http://127.0.0.1:" + port(component) + path);
    }

    /** Identity as the services know it: tokens carry this issuer. */
    public URI issuer() {
        return URI.create("http://localhost:" + port("identity"));
    }

    /**
     * The {@code Authorization} value that reads {@code /actuator/prometheus} of this stack's services: HTTP Basic
     * with the scrape password stack.sh made in the run folder.
     */
    public String scrapeAuthorization() {
        try {
            String password = Files.readString(runDir.resolve("scrape-password"), StandardCharsets.UTF_8).strip();
            return "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(("prometheus:" + password).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("no scrape password in " + runDir + " (is the stack started?)", e);
        }
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + port("kafka");
    }

    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + port("mongo") + "/" + database;
    }

    /** The running process of a component, if its pid file names a live one started by the script. */
    public Optional<ProcessHandle> process(String component) {
        Path file = runDir.resolve("pids").resolve(component + ".pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments().map(args -> List.of(args).contains("-Dqsp.component=" + component))
                            .orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The running components and their processes. */
    public Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> up = new LinkedHashMap<>();
        COMPONENTS.forEach(name -> process(name).ifPresent(p -> up.put(name, p)));
        return up;
    }

    /** {@code kill -9} of a component; returns once the process is gone. */
    public void kill(String component) {
        ProcessHandle process = process(component)
                .orElseThrow(() -> new IllegalStateException(component + " is not running"));
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(component + " did not die after SIGKILL", e);
        }
    }

    /** {@code stack.sh start}: starts whatever is down and waits until it is ready. Returns what the script said. */
    public String start(Duration timeout) {
        return script(timeout, "start");
    }

    /** {@code stack.sh stop}. */
    public String stop(Duration timeout) {
        return script(timeout, "stop");
    }

    private String script(Duration timeout, String command) {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("infra/local/bin/stack.sh").toString(), command)
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("QSP_RUN_DIR", runDir.toString());
        builder.environment().put("QSP_PORT_OFFSET", Integer.toString(offset));
        // the bench and chaos drivers measure the services; the per-caller limit (100/s per subject) would measure
        // itself instead. QSP_GATEWAY_RATE_AUTHENTICATED in the environment still wins.
        builder.environment().putIfAbsent("QSP_GATEWAY_RATE_AUTHENTICATED", "100000");
        try {
            Path log = Files.createTempFile("qsp-stack-", ".log");
            Process process = builder.redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (!ended) {
                process.destroyForcibly();
                throw new IllegalStateException("stack.sh " + command + " took longer than " + timeout + ":\n" + output);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("stack.sh " + command + " failed (" + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> basePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", 9092);
        ports.put("mongo", 27017);
        ports.put("identity", 9000);
        ports.put("inspection", 8081);
        ports.put("rectification", 8082);
        ports.put("credit", 8083);
        ports.put("complaint", 8084);
        ports.put("recall", 8085);
        ports.put("monitor", 8086);
        ports.put("gateway", 8080);
        return Map.copyOf(ports);
    }
}
