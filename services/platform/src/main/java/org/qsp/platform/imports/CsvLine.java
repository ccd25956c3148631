package org.qsp.platform.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CSV of one line each: RFC 4180 quoting within the line, and a header that names the columns in any order. */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields of one CSV line, or null when its quotes do not close. */
    public static List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * Where each of {@code columns} is in the header line (a leading byte-order mark is ignored): {@code order[i]}
     * is the position of {@code columns.get(i)}.
     *
     * @throws IllegalArgumentException when the header does not name exactly these columns
     */
    public static int[] header(String text, List<String> columns) {
        List<String> names = split(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> stripped = names == null ? List.of() : names.stream().map(String::strip).toList();
        if (stripped.size() != columns.size() || !Set.copyOf(stripped).equals(Set.copyOf(columns))) {
            throw new IllegalArgumentException("the first line of a CSV import is the header "
                    + String.join(",", columns) + " (in any order)");
        }
        int[] order = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            order[i] = stripped.indexOf(columns.get(i));
        }
        return order;
    }
}
