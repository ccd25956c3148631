package org.qsp.credit.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob.RowError;
import org.qsp.platform.imports.LineRows;
import org.qsp.platform.region.Regions;
import org.qsp.platform.uscc.Uscc;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the rows of a registry import, one line at a time: NDJSON lines
 * {@code {"uscc","name","region","categories":[..],"status","licences":[{"type","number","validUntil"}],
 * "checkOverride"}}, or CSV with the header {@code uscc,name,region,categories,status,licences,checkOverride} (in
 * any order; categories separated by {@code ;}; licences as {@code type:number[:validUntil]} separated by {@code ;}).
 * Required: uscc, name, region. {@code status} defaults to ACTIVE. A USCC that fails only its check character is
 * refused ({@code uscc-check-failed}) unless the row sets {@code checkOverride} true: an early code a person confirmed
 * (DOMAIN.md §7), kept with the flag. Each refused row names its line, field and a code.
 */
public final class RegistryRows extends LineRows<RegistryRows.RegistryRow> {

    /** An enterprise's name: 1 to 200 characters, at least one letter (汉字 count), no control characters. */
    public static final String NAME = "(?=.*\\p{L})[^\\p{Cntrl}]{1,200}";
    /** A licence number: 1 to 64 characters, at least one letter or digit, no control characters. */
    public static final String LICENCE_NUMBER = "(?=.*[\\p{L}\\p{N}])[^\\p{Cntrl}]{1,64}";
    public static final List<String> COLUMNS = List.of("uscc", "name", "region", "categories", "status", "licences",
            "checkOverride");
    /** A product category code, as in the registry events' schema. */
    public static final String CATEGORY = "[a-z][a-z0-9-]{1,39}";
    private static final String LICENCE_TYPE = "[A-Za-z0-9-]{1,40}";

    private final Predicate<String> regionAllowed;

    /** A valid row: the USCC and what the row says of it. */
    public record RegistryRow(String uscc, RegistryData data) {
    }

    /** @param regionAllowed whether the importer may register an enterprise of that region */
    public RegistryRows(ImportFormat format, Predicate<String> regionAllowed) {
        super(format, COLUMNS);
        this.regionAllowed = regionAllowed;
    }

    @Override
    protected void ndjson(long line, String text, Map<String, Object> fields, List<RowError> errors) {
        JsonNode node = jsonObject(text);
        if (node == null) {
            errors.add(new RowError(line, "", "malformed-row", "not a JSON object"));
            return;
        }
        unknownFields(line, node, "not a field of the registry", errors);
        strings(line, node, List.of("uscc", "name", "region", "status"), fields, errors);
        codes(line, node, "categories", fields, errors);
        JsonNode override = node.get("checkOverride");
        if (override != null && !override.isNull()) {
            if (!override.isBoolean()) {
                errors.add(new RowError(line, "checkOverride", "malformed-row", "must be true or false"));
            } else {
                fields.put("checkOverride", override.asBoolean());
            }
        }
        JsonNode licences = node.get("licences");
        if (licences != null && !licences.isNull()) {
            if (!licences.isArray()) {
                errors.add(new RowError(line, "licences", "malformed-row", "must be an array of licences"));
            } else {
                List<String[]> parts = new ArrayList<>();
                for (JsonNode licence : licences) {
                    parts.add(new String[] {text(licence, "type"), text(licence, "number"),
                        text(licence, "validUntil")});
                }
                fields.put("licences", parts);
            }
        }
    }

    private static String text(JsonNode licence, String field) {
        JsonNode value = licence.isObject() ? licence.get(field) : null;
        return value != null && value.isString() ? value.asString() : null;
    }

    @Override
    protected void csv(long line, List<String> values, Map<String, Object> fields, List<RowError> errors) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            String value = values.get(i);
            if (value.isEmpty()) {
                continue;
            }
            switch (column) {
                case "categories" -> fields.put(column, Arrays.stream(value.split(";", -1)).map(String::strip)
                        .toList());
                case "licences" -> fields.put(column, Arrays.stream(value.split(";", -1))
                        .map(l -> Arrays.copyOf(l.strip().split(":", 3), 3)).toList());
                case "checkOverride" -> {
                    if (value.equals("true") || value.equals("false")) {
                        fields.put(column, Boolean.valueOf(value));
                    } else {
                        errors.add(new RowError(line, column, "malformed-row", "must be true or false"));
                    }
                }
                default -> fields.put(column, value);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Row<RegistryRow> check(long line, Map<String, Object> fields) {
        List<RowError> errors = new ArrayList<>();
        String uscc = (String) fields.get("uscc");
        boolean override = Boolean.TRUE.equals(fields.get("checkOverride"));
        if (uscc == null) {
            errors.add(new RowError(line, "uscc", "missing", "required"));
        } else if (!Uscc.isWellFormed(uscc)) {
            errors.add(new RowError(line, "uscc", "invalid-uscc", Uscc.problem(uscc).orElseThrow()));
        } else if (!override && !Uscc.isValid(uscc)) {
            errors.add(new RowError(line, "uscc", "uscc-check-failed", Uscc.problem(uscc).orElseThrow()
                    + "; an early code that is legal all the same is taken with checkOverride true"));
        }
        String name = (String) fields.get("name");
        if (name == null || name.isEmpty()) {
            errors.add(new RowError(line, "name", "missing", "required"));
        } else if (!name.matches(NAME)) {
            errors.add(new RowError(line, "name", "invalid-name", "at most 200 characters, a letter at least, no controls"));
        }
        String region = (String) fields.get("region");
        if (region == null) {
            errors.add(new RowError(line, "region", "missing", "required"));
        } else {
            var problem = Regions.placeProblem(region);
            if (problem.isPresent()) {
                errors.add(new RowError(line, "region", "unknown-region", problem.get()));
            } else if (!regionAllowed.test(region)) {
                errors.add(new RowError(line, "region", "region-not-supervised",
                        "region " + region + " is outside your authority"));
            }
        }
        List<String> categories = (List<String>) fields.getOrDefault("categories", List.of());
        if (categories.size() > 50 || categories.stream().anyMatch(c -> c == null || !c.matches(CATEGORY))) {
            errors.add(new RowError(line, "categories", "invalid-category",
                    "at most 50 codes of 2 to 40 of a-z 0-9 - starting with a letter"));
        }
        RegistryStatus status = RegistryStatus.ACTIVE;
        if (fields.get("status") != null) {
            try {
                status = RegistryStatus.valueOf((String) fields.get("status"));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, "status", "invalid-status", "must be ACTIVE, SUSPENDED or CLOSED"));
            }
        }
        List<Licence> licences = new ArrayList<>();
        for (String[] parts : (List<String[]>) fields.getOrDefault("licences", List.<String[]>of())) {
            Licence licence = licence(parts);
            if (licence == null) {
                errors.add(new RowError(line, "licences", "invalid-licence", "a licence has a type (" + LICENCE_TYPE
                        + "), a number (1 to 64 characters, a letter or digit at least, no controls) and optionally validUntil (YYYY-MM-DD)"));
                break;
            }
            licences.add(licence);
        }
        if (licences.size() > 20) {
            errors.add(new RowError(line, "licences", "invalid-licence", "at most 20 licences"));
        }
        if (!errors.isEmpty()) {
            return Row.refused(errors);
        }
        return Row.of(new RegistryRow(uscc, new RegistryData(name, region, licences, categories, status,
                override && !Uscc.isValid(uscc))));
    }

    /** A licence from its parts (type, number, validUntil or null), or null when one is not valid. */
    static Licence licence(String[] parts) {
        String type = parts[0] == null ? null : parts[0].strip();
        String number = parts[1] == null ? null : parts[1].strip();
        if (type == null || !type.matches(LICENCE_TYPE) || number == null || !number.matches(LICENCE_NUMBER)) {
            return null;
        }
        LocalDate validUntil = null;
        if (parts[2] != null && !parts[2].isBlank()) {
            try {
                validUntil = LocalDate.parse(parts[2].strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return new Licence(type, number, validUntil);
    }
}
