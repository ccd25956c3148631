package org.qsp.bench;

import java.util.List;

/**
 * One process of the stack: the CPU it spent over the stepped pipeline phase (from just before its first sample to
 * the moment every acknowledged sample had its task and credit record), that per acknowledged sample, its resident
 * memory after the bench, and its JVM flags.
 */
public record ProcessFigures(String process, long pid, double pipelineCpuSeconds, double cpuSecondsPerSample,
        double rssMb, List<String> commandLineFlags, String flagsInEffect, boolean c1Only) {
}
