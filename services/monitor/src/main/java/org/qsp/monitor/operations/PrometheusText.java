package org.qsp.monitor.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one gauge out of the Prometheus text exposition format (version 0.0.4): the value of each sample of
 * {@code metric} by the value of one of its labels. Comments ({@code # HELP}, {@code # TYPE}), blank lines and
 * other metrics are skipped; the samples of {@code metric} are read strictly (labels in any order, values quoted
 * with the format's escapes {@code \\}, {@code \"} and {@code \n}, an optional timestamp), and one that does not
 * parse, lacks the label, repeats a label value or has no finite whole value makes the whole text unreadable
 * rather than a silently smaller figure.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    public static final class Malformed extends RuntimeException {

        Malformed(int line, String why) {
            super("line " + line + ": " + why);
        }
    }

    /** The samples of {@code metric} by their {@code label}'s value, sorted by it. */
    public static Map<String, Long> gauge(String text, String metric, String label) {
        Map<String, Long> values = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int nameEnd = nameEnd(trimmed);
            if (!trimmed.substring(0, nameEnd).equals(metric)) {
                continue;
            }
            Sample sample = sample(trimmed, nameEnd, i + 1);
            String key = sample.labels().get(label);
            if (key == null) {
                throw new Malformed(i + 1, metric + " without the label " + label);
            }
            if (values.put(key, sample.value()) != null) {
                throw new Malformed(i + 1, metric + " twice for " + label + "=" + key);
            }
        }
        return values;
    }

    private record Sample(Map<String, String> labels, long value) {
    }

    private static int nameEnd(String line) {
        int i = 0;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                || line.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    private static Sample sample(String line, int at, int number) {
        Map<String, String> labels = new LinkedHashMap<>();
        int i = at;
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (true) {
                i = skipSpaces(line, i);
                if (i < line.length() && line.charAt(i) == '}') {
                    i++;
                    break;
                }
                int nameStart = i;
                i = labelNameEnd(line, i);
                if (i == nameStart) {
                    throw new Malformed(number, "a label without a name");
                }
                String name = line.substring(nameStart, i);
                i = skipSpaces(line, i);
                if (i >= line.length() || line.charAt(i) != '=') {
                    throw new Malformed(number, "label " + name + " without '='");
                }
                i = skipSpaces(line, i + 1);
                if (i >= line.length() || line.charAt(i) != '"') {
                    throw new Malformed(number, "label " + name + " without a quoted value");
                }
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new Malformed(number, "label " + name + " value not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        if (i >= line.length()) {
                            throw new Malformed(number, "label " + name + " ends in an escape");
                        }
                        char e = line.charAt(i++);
                        switch (e) {
                            case '\\' -> value.append('\\');
                            case '"' -> value.append('"');
                            case 'n' -> value.append('\n');
                            default -> throw new Malformed(number, "label " + name + " has the escape \\" + e);
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (labels.put(name, value.toString()) != null) {
                    throw new Malformed(number, "label " + name + " twice");
                }
                i = skipSpaces(line, i);
                if (i < line.length() && line.charAt(i) == ',') {
                    i++;
                } else if (i >= line.length() || line.charAt(i) != '}') {
                    throw new Malformed(number, "labels not separated by ',' or closed by '}'");
                }
            }
        }
        if (i >= line.length() || (line.charAt(i) != ' ' && line.charAt(i) != '\t')) {
            throw new Malformed(number, "no value");
        }
        String[] rest = line.substring(i).strip().split("[ \t]+");
        if (rest.length > 2) {
            throw new Malformed(number, "more than a value and a timestamp");
        }
        double value;
        try {
            value = Double.parseDouble(rest[0]);
            if (rest.length == 2) {
                Long.parseLong(rest[1]);
            }
        } catch (NumberFormatException e) {
            throw new Malformed(number, "not a number: " + String.join(" ", rest));
        }
        if (!Double.isFinite(value) || value < 0 || value != Math.rint(value)) {
            throw new Malformed(number, "not a count: " + rest[0]);
        }
        return new Sample(labels, (long) value);
    }

    private static int labelNameEnd(String line, int from) {
        int i = from;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
