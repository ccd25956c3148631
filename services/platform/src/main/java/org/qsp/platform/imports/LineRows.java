package org.qsp.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frame of a service's {@link RowReader} for rows of named fields: blank lines hold no row, a CSV body's first
 * line is its header (the columns in any order), each other line is read into fields (NDJSON or CSV, by the
 * service) and, when reading found nothing wrong, checked (by the service).
 */
public abstract class LineRows<T> implements RowReader<T> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportFormat format;
    private final List<String> columns;
    private int[] order;

    protected LineRows(ImportFormat format, List<String> columns) {
        this.format = format;
        this.columns = List.copyOf(columns);
    }

    @Override
    public final Row<T> read(long line, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (format == ImportFormat.CSV && order == null) {
            order = CsvLine.header(text, columns);
            return null;
        }
        Map<String, Object> fields = new HashMap<>();
        List<ImportJob.RowError> errors = new ArrayList<>();
        if (format == ImportFormat.NDJSON) {
            ndjson(line, text, fields, errors);
        } else {
            List<String> values = csvValues(text);
            if (values == null) {
                errors.add(new ImportJob.RowError(line, "", "malformed-row",
                        "a row has " + columns.size() + " fields: " + String.join(",", columns)));
            } else {
                csv(line, values, fields, errors);
            }
        }
        return errors.isEmpty() ? check(line, fields) : Row.refused(errors);
    }

    /** Reads an NDJSON line into {@code fields}; what is wrong with it into {@code errors}. */
    protected abstract void ndjson(long line, String text, Map<String, Object> fields,
            List<ImportJob.RowError> errors);

    /** Reads a CSV line's values (stripped, in the order of the columns) into {@code fields}. */
    protected abstract void csv(long line, List<String> values, Map<String, Object> fields,
            List<ImportJob.RowError> errors);

    /** Checks the fields of a line read without fault: the row, or why it is refused. */
    protected abstract Row<T> check(long line, Map<String, Object> fields);

    /** The line as a JSON object, or null when it is none (not JSON, or another JSON value). */
    protected static JsonNode jsonObject(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Refuses each property of the object that is none of the columns ({@code unknown-field}). */
    protected void unknownFields(long line, JsonNode node, String what, List<ImportJob.RowError> errors) {
        for (String name : node.propertyNames()) {
            if (!columns.contains(name)) {
                errors.add(new ImportJob.RowError(line, name, "unknown-field", what));
            }
        }
    }

    /** Takes each of the named properties that is present as stripped text; one of another JSON type is refused. */
    protected static void strings(long line, JsonNode node, List<String> names, Map<String, Object> fields,
            List<ImportJob.RowError> errors) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isString()) {
                    errors.add(new ImportJob.RowError(line, name, "malformed-row", "must be a string"));
                } else {
                    fields.put(name, value.asString().strip());
                }
            }
        }
    }

    /** Takes the named property, when present, as a list of codes (an entry that is no string: null). */
    protected static void codes(long line, JsonNode node, String name, Map<String, Object> fields,
            List<ImportJob.RowError> errors) {
        JsonNode codes = node.get(name);
        if (codes != null && !codes.isNull()) {
            if (!codes.isArray()) {
                errors.add(new ImportJob.RowError(line, name, "malformed-row", "must be an array of codes"));
            } else {
                List<String> values = new ArrayList<>();
                codes.forEach(code -> values.add(code.isString() ? code.asString() : null));
                fields.put(name, values);
            }
        }
    }

    private List<String> csvValues(String text) {
        List<String> values = CsvLine.split(text);
        if (values == null || values.size() != columns.size()) {
            return null;
        }
        List<String> ordered = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ordered.add(values.get(order[i]).strip());
        }
        return ordered;
    }
}
