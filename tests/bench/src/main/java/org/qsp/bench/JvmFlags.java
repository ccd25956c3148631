package org.qsp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The JVM options of a running process: those on its command line, and every flag in effect as {@code jcmd <pid>
 * VM.flags} reports it (ergonomics included: heap, GC, compiler threads). {@code c1Only} when its JIT stops at tier 1
 * ({@code -XX:TieredStopAtLevel=1}: quick start, lower peak throughput).
 */
public record JvmFlags(List<String> commandLine, String inEffect, boolean c1Only) {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final Set<String> CLASS_PATH_OR_MAIN = Set.of("-jar", "-cp", "-classpath", "--class-path");

    public static JvmFlags of(ProcessHandle process) {
        List<String> options = new ArrayList<>();
        for (String argument : process.info().arguments().orElse(new String[0])) {
            if (CLASS_PATH_OR_MAIN.contains(argument) || !argument.startsWith("-")) {
                break;
            }
            if (argument.startsWith("-X") || argument.startsWith("--")) {
                options.add(argument);
            }
        }
        String inEffect = vmFlags(process).orElse("");
        boolean c1Only = options.contains(C1_ONLY) || List.of(inEffect.split(" ")).contains(C1_ONLY);
        return new JvmFlags(List.copyOf(options), inEffect, c1Only);
    }

    /** {@code jcmd <pid> VM.flags} with the jcmd beside the process's own java; empty when that fails. */
    private static Optional<String> vmFlags(ProcessHandle process) {
        Optional<Path> jcmd = process.info().command().map(java -> Path.of(java).resolveSibling("jcmd"))
                .filter(Files::isExecutable);
        if (jcmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process run = new ProcessBuilder(jcmd.get().toString(), Long.toString(process.pid()), "VM.flags")
                    .redirectErrorStream(true).start();
            if (!run.waitFor(20, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                return Optional.empty();
            }
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return run.exitValue() == 0 ? output.lines().filter(line -> line.startsWith("-")).findFirst()
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
