package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.qsp.platform.errors.InvalidField;

/**
 * The sampling form (抽样单) as the phone sends it, normalized so that equal content is an equal
 * form: text is stripped, {@code sampledAt} is cut to milliseconds (what the store keeps) and the
 * inspector ids are sorted (the order of signatures carries no meaning).
 *
 * <p>Exactly {@value #INSPECTORS} distinct inspectors sign a form: sampling is done in pairs.
 *
 * @param location     where the sample was taken, when the phone had a fix (may be null)
 * @param taskId       the sampling task the form fulfils (may be null; checked against the task by {@link SampleTasks})
 * @param samplingType what the sampling is for (SUPERVISORY when the phone does not say)
 * @param category     the product category code of the plan's catalogue (may be null)
 * @param productClass the product's regime, which decides how a FAIL is contested (MANUFACTURED when not given)
 * @param sealNumbers  the numbers of the seals on the test and reserve samples, sorted (may be empty)
 * @param party        the party's signature or its refusal to sign (may be null on forms of older phones)
 */
public record SamplingForm(SampledEnterprise enterprise, Product product, Instant sampledAt,
        List<String> inspectorIds, GeoPoint location, String taskId, SamplingType samplingType, String category,
        ProductClass productClass, List<String> sealNumbers, PartySignature party) {

    public static final int INSPECTORS = 2;
    public static final int MAX_SEALS = 20;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public SamplingForm {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(product, "product");
        if (sampledAt == null) {
            throw new InvalidField("validation-failed", "sampledAt", "sampledAt is required");
        }
        sampledAt = sampledAt.truncatedTo(ChronoUnit.MILLIS);
        inspectorIds = pair(inspectorIds);
        taskId = code(taskId, "taskId");
        category = code(category, "category");
        samplingType = samplingType == null ? SamplingType.SUPERVISORY : samplingType;
        productClass = productClass == null ? ProductClass.MANUFACTURED : productClass;
        sealNumbers = seals(sealNumbers);
    }

    /** A form without the fields of issue 10 (task, type, category, class, seals, party): their defaults. */
    public SamplingForm(SampledEnterprise enterprise, Product product, Instant sampledAt, List<String> inspectorIds,
            GeoPoint location) {
        this(enterprise, product, sampledAt, inspectorIds, location, null, null, null, null, List.of(), null);
    }

    /** A stripped code (task id, category), or null: 400 when it has characters a code has not. */
    static String code(String value, String field) {
        String code = Text.stripToNull(value);
        if (code != null && !CODE.matcher(code).matches()) {
            throw new InvalidField("validation-failed", field,
                    field + " must be 1 to 64 letters, digits, dots, colons, underscores or hyphens");
        }
        return code;
    }

    private static List<String> seals(List<String> seals) {
        if (seals == null) {
            return List.of();
        }
        if (seals.size() > MAX_SEALS || seals.stream().anyMatch(s -> s == null || s.isBlank() || s.strip().length() > 64)) {
            throw new InvalidField("validation-failed", "sealNumbers",
                    "sealNumbers holds at most " + MAX_SEALS + " non-blank numbers of at most 64 characters");
        }
        List<String> sorted = seals.stream().map(String::strip).sorted().toList();
        if (sorted.stream().distinct().count() != sorted.size()) {
            throw new InvalidField("validation-failed", "sealNumbers", "sealNumbers must be different from each other");
        }
        return sorted;
    }

    /** The two distinct signing inspectors, sorted: 400 otherwise. */
    static List<String> pair(List<String> ids) {
        if (ids == null || ids.size() != INSPECTORS || ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidField("validation-failed", "inspectorIds",
                    "inspectorIds must name exactly " + INSPECTORS + " inspectors");
        }
        List<String> sorted = ids.stream().map(String::strip).sorted().toList();
        if (sorted.stream().distinct().count() != INSPECTORS) {
            throw new InvalidField("inspectors-not-distinct", "inspectorIds",
                    "the " + INSPECTORS + " signing inspectors must be different people");
        }
        return sorted;
    }

    public boolean signedBy(String inspectorId) {
        return inspectorIds.contains(inspectorId);
    }

    /** Only an inspector who signs the form may record it. */
    public void requireSignedBy(String inspectorId) {
        if (!signedBy(inspectorId)) {
            throw new NotASamplingInspector(inspectorId);
        }
    }
}
