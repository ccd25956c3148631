package org.qsp.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A run's summary as {@code summary.json}, as {@code report.md} beside it, and as the table printed at the end. */
final class Report {

    private static final String FAULT_ROW = "%-22s %10s %12s %11s %10s  %s%n";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Report() {
    }

    static String json(ChaosSummary summary) {
        return JSON.writeValueAsString(summary);
    }

    /** Writes {@code summary.json} and {@code report.md} into {@code folder}. */
    static void write(Path folder, ChaosSummary summary) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("summary.json"), json(summary));
            Files.writeString(folder.resolve("report.md"), markdown(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table of the run: totals, then one line per fault. */
    static String table(ChaosSummary s) {
        StringBuilder out = new StringBuilder();
        row(out, "faults injected", s.faults() + " (" + s.faultTable().stream().map(FaultResult::fault)
                .collect(Collectors.joining(", ")) + ")");
        row(out, "base load", String.format(Locale.ROOT, "%.1f samples/s", s.rate()));
        row(out, "acknowledged samples", Long.toString(s.acknowledged()));
        row(out, "tasks", Long.toString(s.tasks()));
        row(out, "credit records", Long.toString(s.creditRecords()));
        row(out, "lost", Long.toString(s.lost()));
        row(out, "duplicated", s.duplicated() + " (" + s.accounting().byKind() + ")");
        row(out, "poison", s.poison() + " " + s.poisonDetail().sentByKind());
        row(out, "dead letters", s.deadLettered() + " (expected " + s.expectedDeadLetters() + ", by group "
                + s.poisonDetail().deadLetteredByGroup() + "); unknown types skipped " + s.unknownTypeSkipped());
        row(out, "overload", s.overload().verdict() + ": " + overloadLine(s.overload()));
        row(out, "result", s.passed() ? "PASSED" : "FAILED: " + String.join("; ", s.failures()));
        out.append('\n').append(String.format(Locale.ROOT, FAULT_ROW, "fault", "restart s", "probe ack s",
                "recovery s", "backlog s", "recovered"));
        for (FaultResult f : s.faultTable()) {
            out.append(String.format(Locale.ROOT, FAULT_ROW, f.fault(), seconds(f.restartSeconds()),
                    seconds(f.acknowledgedSeconds()), seconds(f.recoverySeconds()), seconds(f.backlogSeconds()),
                    f.recovered() ? "yes" : "NO: " + f.note()));
        }
        return out.toString();
    }

    static String markdown(ChaosSummary s) {
        StringBuilder md = new StringBuilder();
        md.append("# Chaos run ").append(s.run()).append("\n\n");
        md.append(s.passed() ? "**Passed**" : "**Failed**: " + String.join("; ", s.failures()))
                .append(String.format(Locale.ROOT, " (%s to %s, %.0f s)%n%n", s.startedAt(), s.finishedAt(),
                        s.durationSeconds()));
        md.append("| faults injected | acknowledged samples | tasks | credit records | lost | duplicated | poison "
                + "| dead letters |\n|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %d (expected %d) |%n%n",
                s.faults(), s.acknowledged(), s.tasks(), s.creditRecords(), s.lost(), s.duplicated(), s.poison(),
                s.deadLettered(), s.expectedDeadLetters()));
        md.append(String.format(Locale.ROOT, "Base load %.1f failed samples/s through the gateway.%n%n", s.rate()));
        md.append("## Recovery per fault\n\nSeconds since the fault (the `kill -9`, or the end of the overload). "
                + "Recovery: until a probe sample, filed once the fault was over (the part restarted and ready; the "
                + "load back at its base rate), had its rectification task and its credit record. Backlog: until "
                + "the load's samples in flight were back to their level before the fault.\n\n");
        md.append("| fault | restart s | probe acknowledged s | recovery s | backlog s | recovered |\n"
                + "|---|---|---|---|---|---|\n");
        s.faultTable().forEach(f -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n",
                f.fault(), seconds(f.restartSeconds()), seconds(f.acknowledgedSeconds()), seconds(f.recoverySeconds()),
                seconds(f.backlogSeconds()), f.recovered() ? "yes" : "no: " + f.note())));
        Overload o = s.overload();
        md.append(String.format(Locale.ROOT, "%n## Overload%n%n%.1f samples/s for %.0f s: 2x the capacity %.1f/s "
                + "(%s).%n%n**%s**: %s.%n%n", o.rate(), o.seconds(), o.capacity(), o.capacitySource(), o.verdict(),
                o.explanation()));
        md.append(statusTable(Map.of("overload", o.status())));
        md.append("\n## Poison\n\n").append(s.poison()).append(" records ").append(s.poisonDetail().sentByKind())
                .append("; dead letters by group ").append(s.poisonDetail().deadLetteredByGroup())
                .append("; unknown types skipped (metrics) ").append(s.unknownTypeSkipped()).append(".\n");
        s.poisonDetail().problems().forEach(p -> md.append("- ").append(p).append('\n'));
        md.append("\n## Samples\n\n").append(s.accounting().filed()).append(" filed, ").append(s.acknowledged())
                .append(" acknowledged, ").append(s.unacknowledged()).append(" never acknowledged; ")
                .append(s.republished()).append(" event records republished with the same ce_id (absorbed).\n");
        listed(md, "Lost", s.accounting().lostSamples());
        listed(md, "Duplicated", s.accounting().duplicatedSamples());
        md.append("\n## Answers by phase\n\n").append(statusTable(s.traffic()));
        return md.toString();
    }

    private static String overloadLine(Overload o) {
        StatusCounts.Snapshot st = o.status();
        return String.format(Locale.ROOT, "%.1f/s for %.0f s (capacity %.1f/s): %d requests, 2xx %d, 429 %d, 503 %d, "
                + "other %d, timeouts %d, connection errors %d; rejections p99 %d ms, %d with Retry-After, by code %s",
                o.rate(), o.seconds(), o.capacity(), st.requests(), st.status2xx(), st.status429(), st.status503(),
                st.otherStatus(), st.timeouts(), st.connectionErrors(), st.rejectionP99Ms(),
                st.rejectionsWithRetryAfter(), st.rejectionCodes());
    }

    private static String statusTable(Map<String, StatusCounts.Snapshot> phases) {
        StringBuilder md = new StringBuilder("| phase | requests | 2xx | 429 | 503 | other | timeouts | connection "
                + "errors | 2xx p50/p99 ms | rejections p50/p99 ms | rejections problem+json / Retry-After "
                + "| rejections by code |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        phases.forEach((phase, st) -> md.append(String.format(Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d %s | %d | %d | %d / %d | %d / %d | %d / %d | %s |%n", phase, st.requests(),
                st.status2xx(), st.status429(), st.status503(), st.otherStatus(),
                st.otherByStatus().isEmpty() ? "" : st.otherByStatus().toString(), st.timeouts(),
                st.connectionErrors(), st.okP50Ms(), st.okP99Ms(), st.rejectionP50Ms(), st.rejectionP99Ms(),
                st.rejectionsAsProblemJson(), st.rejectionsWithRetryAfter(),
                st.rejectionCodes().isEmpty() ? "" : st.rejectionCodes().toString())));
        return md.toString();
    }

    private static void listed(StringBuilder md, String title, List<Accounting.SampleEffects> samples) {
        if (samples.isEmpty()) {
            return;
        }
        md.append("\n### ").append(title).append(" (first ").append(Accounting.LISTED).append(")\n\n")
                .append("| sample | tasks | credit records | task.opened events | sample.failed events |\n")
                .append("|---|---|---|---|---|\n");
        samples.forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", e.sampleId(),
                e.tasks(), e.creditRecords(), e.openedEvents(), e.failedEvents())));
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-22s %s%n", name, value));
    }

    private static String seconds(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
