package org.qsp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;

/**
 * Runs phases as Gatling simulations in this JVM, one after the other, each with its results (and, when asked, its
 * HTML report) in a folder of its own under {@code results}. What Gatling prints (out and err) goes to
 * {@code results/gatling.log}
 * (one stream for every run: Scala's console keeps the first {@code System.out} it sees).
 */
final class GatlingRunner implements AutoCloseable {

    private final Path results;
    private final PrintStream log;

    GatlingRunner(Path results) {
        this.results = results;
        createDirectories(results);
        try {
            this.log = new PrintStream(Files.newOutputStream(results.resolve("gatling.log")), true,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the phase; returns the folder of Gatling's HTML report when one was asked for and written. */
    Optional<Path> run(Phase phase, boolean report) {
        Path folder = results.resolve(phase.name());
        createDirectories(folder);
        List<String> args = new ArrayList<>(List.of("-s", QspSimulation.class.getName(),
                "-rf", folder.toAbsolutePath().toString(), "-rd", phase.name() + ": " + phase.workload().description(),
                "-l", "qsp-bench"));
        if (!report) {
            args.add("-nr");
        }
        PrintStream console = System.out;
        PrintStream errors = System.err;
        phase.begin();
        try {
            System.setOut(log);
            System.setErr(log);
            int status = Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
            if (status != 0) {
                console.printf("  note: Gatling ended %s with status %d (see %s)%n", phase.name(), status,
                        results.resolve("gatling.log"));
            }
        } finally {
            System.setOut(console);
            System.setErr(errors);
            phase.end();
        }
        return report ? newestReport(folder) : Optional.empty();
    }

    @Override
    public void close() {
        log.close();
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> newestReport(Path folder) {
        try (Stream<Path> runs = Files.list(folder)) {
            return runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
                    .max(Comparator.comparing(run -> run.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
