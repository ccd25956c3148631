package org.qsp.system.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Counts of answers by row (an operation, sent one way) and by what they were: how many, by status and by problem
 * code. What the edge reports under {@code tests/target/edge} are made of.
 */
public final class Tally {

    private final Map<String, Row> rows = new ConcurrentHashMap<>();

    /** One row's counts. */
    public static final class Row {
        private int sent;
        private final Map<String, Integer> statuses = new TreeMap<>();
        private final Map<String, Integer> codes = new TreeMap<>();

        synchronized void add(int status, String code) {
            sent++;
            statuses.merge(status < 0 ? "no answer" : String.valueOf(status), 1, Integer::sum);
            codes.merge(code == null ? "(none)" : code, 1, Integer::sum);
        }

        public synchronized int sent() {
            return sent;
        }

        synchronized String statuses() {
            return join(statuses);
        }

        synchronized String codes() {
            return join(codes);
        }
    }

    public void add(String row, int status, String code) {
        rows.computeIfAbsent(row, r -> new Row()).add(status, code);
    }

    /** A markdown table, one line per row in the order of their names: sent, by status, by code. */
    public String table(String rowTitle) {
        StringBuilder out = new StringBuilder("| " + rowTitle + " | sent | by status | by code |\n|---|---:|---|---|\n");
        new TreeMap<>(rows).forEach((name, row) -> out.append("| ").append(name.replace("|", "\\|")).append(" | ")
                .append(row.sent()).append(" | ").append(row.statuses()).append(" | ").append(row.codes())
                .append(" |\n"));
        return out.toString();
    }

    private static String join(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Writes a report under {@code tests/target/edge}. */
    public static Path write(Path root, String name, String markdown) {
        Path file = root.resolve("tests/target/edge").resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
