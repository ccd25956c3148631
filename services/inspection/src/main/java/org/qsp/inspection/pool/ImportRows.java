package org.qsp.inspection.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.qsp.inspection.plan.PlanSpec;
import org.qsp.platform.imports.CsvLine;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.imports.RowReader;
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
public final class ImportRows implements RowReader<PoolEnterprise> {

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

    @Override
    public Row<PoolEnterprise> read(long line, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (format == ImportFormat.CSV && columns == null) {
            columns = CsvLine.header(text, COLUMNS);
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
            return Row.refused(errors);
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
        List<String> values = CsvLine.split(text);
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
    private Row<PoolEnterprise> check(long line, Map<String, Object> fields) {
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
            return Row.refused(errors);
        }
        return Row.of(new PoolEnterprise(uscc, name, region, categories.stream().distinct().sorted().toList(),
                PoolEnterprise.ACTIVE, riskClass, null));
    }
}
