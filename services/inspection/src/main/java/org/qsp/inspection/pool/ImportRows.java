package org.qsp.inspection.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.qsp.inspection.plan.PlanSpec;
import org.qsp.platform.region.Regions;
import org.qsp.platform.uscc.Uscc;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the rows of an import, one line at a time (nothing but the current line is held): NDJSON lines
 * {@code {"uscc","name","region","categories":[..],"riskClass"}}, or CSV with the header
 * {@code uscc,name,region,categories,riskClass} (in any order; categories separated by {@code ;}; fields quoted as
 * RFC 4180 within one line). Blank lines are skipped. Each refused row names its line, field and a code.
 */
public final class ImportRows {

    public static final List<String> COLUMNS = List.of("uscc", "name", "region", "categories", "riskClass");
    private static final Set<String> FIELDS = Set.copyOf(COLUMNS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportFormat format;
    private final Predicate<String> regionAllowed;
    private int[] columns;

    /** @param regionAllowed whether the importer may put an enterprise of that region into the pool */
    public ImportRows(ImportFormat format, Predicate<String> regionAllowed) {
        this.format = format;
        this.regionAllowed = regionAllowed;
    }

    /** A line's outcome: the enterprise, or why the line was refused (the enterprise is null then). */
    public record Row(PoolEnterprise enterprise, List<ImportJob.RowError> errors) {
    }

    /**
     * @return the outcome of the line, or null for a line that holds no row (blank, or the CSV header)
     * @throws IllegalArgumentException when a CSV body's first line is not the header (the job fails)
     */
    public Row read(long line, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (format == ImportFormat.CSV && columns == null) {
            columns = header(text);
            return null;
        }
        Map<String, Object> fields = new HashMap<>();
        List<ImportJob.RowError> errors = new ArrayList<>();
        if (format == ImportFormat.NDJSON) {
            ndjson(line, text, fields, errors);
        } else {
            csv(line, text, fields, errors);
        }
        if (!errors.isEmpty()) {
            return new Row(null, errors);
        }
        return check(line, fields);
    }

    private void ndjson(long line, String text, Map<String, Object> fields, List<ImportJob.RowError> errors) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            errors.add(new ImportJob.RowError(line, "", "malformed-row", "not a JSON object"));
            return;
        }
        if (node == null || !node.isObject()) {
            errors.add(new ImportJob.RowError(line, "", "malformed-row", "not a JSON object"));
            return;
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(new ImportJob.RowError(line, name, "unknown-field", "not a column of the pool"));
            }
        }
        for (String name : List.of("uscc", "name", "region", "riskClass")) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isString()) {
                    errors.add(new ImportJob.RowError(line, name, "malformed-row", "must be a string"));
                } else {
                    fields.put(name, value.asString().strip());
                }
            }
        }
        JsonNode categories = node.get("categories");
        if (categories != null && !categories.isNull()) {
            if (!categories.isArray()) {
                errors.add(new ImportJob.RowError(line, "categories", "malformed-row", "must be an array of codes"));
            } else {
                List<String> codes = new ArrayList<>();
                for (JsonNode code : categories) {
                    codes.add(code.isString() ? code.asString() : null);
                }
                fields.put("categories", codes);
            }
        }
    }

    private void csv(long line, String text, Map<String, Object> fields, List<ImportJob.RowError> errors) {
        List<String> values = splitCsv(text);
        if (values == null || values.size() != COLUMNS.size()) {
            errors.add(new ImportJob.RowError(line, "", "malformed-row",
                    "a row has " + COLUMNS.size() + " fields: " + String.join(",", COLUMNS)));
            return;
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            String value = values.get(columns[i]).strip();
            if (value.isEmpty()) {
                continue;
            }
            fields.put(COLUMNS.get(i), COLUMNS.get(i).equals("categories")
                    ? Arrays.stream(value.split(";", -1)).map(String::strip).toList() : value);
        }
    }

    @SuppressWarnings("unchecked")
    private Row check(long line, Map<String, Object> fields) {
        List<ImportJob.RowError> errors = new ArrayList<>();
        String uscc = (String) fields.get("uscc");
        if (uscc == null) {
            errors.add(new ImportJob.RowError(line, "uscc", "missing", "required"));
        } else {
            Uscc.problem(uscc).ifPresent(p -> errors.add(new ImportJob.RowError(line, "uscc", "invalid-uscc", p)));
        }
        String name = (String) fields.get("name");
        if (name == null) {
            errors.add(new ImportJob.RowError(line, "name", "missing", "required"));
        } else if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new ImportJob.RowError(line, "name", "invalid-name", "at most 200 characters, no controls"));
        }
        String region = (String) fields.get("region");
        if (region == null) {
            errors.add(new ImportJob.RowError(line, "region", "missing", "required"));
        } else {
            var problem = Regions.placeProblem(region);
            if (problem.isPresent()) {
                errors.add(new ImportJob.RowError(line, "region", "unknown-region", problem.get()));
            } else if (!regionAllowed.test(region)) {
                errors.add(new ImportJob.RowError(line, "region", "region-not-supervised",
                        "region " + region + " is outside your authority"));
            }
        }
        List<String> categories = (List<String>) fields.get("categories");
        if (categories == null || categories.isEmpty()) {
            errors.add(new ImportJob.RowError(line, "categories", "missing", "at least one category code"));
        } else if (categories.size() > 50 || categories.stream()
                .anyMatch(c -> c == null || !c.matches(PlanSpec.CATEGORY))) {
            errors.add(new ImportJob.RowError(line, "categories", "invalid-category",
                    "1 to 50 codes of 2 to 40 of a-z 0-9 - starting with a letter"));
        }
        RiskClass riskClass = RiskClass.parse((String) fields.get("riskClass"));
        if (fields.get("riskClass") == null) {
            errors.add(new ImportJob.RowError(line, "riskClass", "missing", "required: A, B, C or D"));
        } else if (riskClass == null) {
            errors.add(new ImportJob.RowError(line, "riskClass", "invalid-risk-class", "must be A, B, C or D"));
        }
        if (!errors.isEmpty()) {
            return new Row(null, errors);
        }
        return new Row(new PoolEnterprise(uscc, name, region, categories.stream().distinct().sorted().toList(),
                PoolEnterprise.ACTIVE, riskClass, null), List.of());
    }

    private static int[] header(String text) {
        List<String> names = splitCsv(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (names == null || names.size() != COLUMNS.size()
                || !Set.copyOf(names.stream().map(String::strip).toList()).equals(FIELDS)) {
            throw new IllegalArgumentException("the first line of a CSV import is the header "
                    + String.join(",", COLUMNS) + " (in any order)");
        }
        int[] order = new int[COLUMNS.size()];
        List<String> stripped = names.stream().map(String::strip).toList();
        for (int i = 0; i < COLUMNS.size(); i++) {
            order[i] = stripped.indexOf(COLUMNS.get(i));
        }
        return order;
    }

    /** The fields of one CSV line (RFC 4180 quoting within the line), or null when its quotes do not close. */
    static List<String> splitCsv(String text) {
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
}
