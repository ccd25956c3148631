package org.qsp.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time and resident memory of a process, read from {@code /proc} (Linux). CPU is user + system time,
 * the process's own threads only; RSS is {@code VmRSS}.
 */
public record ProcessStats(long pid, double cpuSeconds, long rssBytes) {

    /** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on every Linux this runs on (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    public static Optional<ProcessStats> of(ProcessHandle process) {
        return of(process.pid());
    }

    public static Optional<ProcessStats> of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0L);
            return Optional.of(new ProcessStats(pid, ticks / TICKS_PER_SECOND, rssKb * 1024));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public double rssMb() {
        return rssBytes / (1024.0 * 1024.0);
    }
}
