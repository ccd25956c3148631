package org.qsp.inspection.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.qsp.inspection.plan.PlanSpec;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.imports.LineRows;
import org.qsp.platform.region.Regions;
import org.qsp.platform.uscc.Uscc;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the rows of an import, one line at a time (nothing but the current line is held): NDJSON lines
 * {@code {"uscc","name","region","categories":[..],"riskClass"}}, or CSV with the header
 * {@code uscc,name,region,categories,riskClass} (in any order; categories separated by {@code ;}; fields quoted as
 * RFC 4180 within one line). Blank lines are skipped. Each refused row names its line, field and a code.
 */
public final class ImportRows extends LineRows<PoolEnterprise> {

    public static final List<String> COLUMNS = List.of("uscc", "name", "region", "categories", "riskClass");

    private final Predicate<String> regionAllowed;

    /** @param regionAllowed whether the importer may put an enterprise of that region into the pool */
    public ImportRows(ImportFormat format, Predicate<String> regionAllowed) {
        super(format, COLUMNS);
        this.regionAllowed = regionAllowed;
    }

    @Override
    protected void ndjson(long line, String text, Map<String, Object> fields, List<ImportJob.RowError> errors) {
        JsonNode node = jsonObject(text);
        if (node == null) {
            errors.add(new ImportJob.RowError(line, "", "malformed-row", "not a JSON object"));
            return;
        }
        unknownFields(line, node, "not a column of the pool", errors);
        strings(line, node, List.of("uscc", "name", "region", "riskClass"), fields, errors);
        codes(line, node, "categories", fields, errors);
    }

    @Override
    protected void csv(long line, List<String> values, Map<String, Object> fields, List<ImportJob.RowError> errors) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            String value = values.get(i);
            if (value.isEmpty()) {
                continue;
            }
            fields.put(COLUMNS.get(i), COLUMNS.get(i).equals("categories")
                    ? Arrays.stream(value.split(";", -1)).map(String::strip).toList() : value);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Row<PoolEnterprise> check(long line, Map<String, Object> fields) {
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
