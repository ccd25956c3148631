package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * The sampling form (抽样单) as the phone sends it, normalized so that equal content is an equal
 * form: text is stripped, {@code sampledAt} is cut to milliseconds (what the store keeps) and the
 * inspector ids are sorted (the order of signatures carries no meaning).
 *
 * <p>Exactly {@value #INSPECTORS} distinct inspectors sign a form: sampling is done in pairs.
 *
 * @param location where the sample was taken, when the phone had a fix (may be null)
 */
public record SamplingForm(SampledEnterprise enterprise, Product product, Instant sampledAt,
        List<String> inspectorIds, GeoPoint location) {

    public static final int INSPECTORS = 2;

    public SamplingForm {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(product, "product");
        if (sampledAt == null) {
            throw new InvalidField("validation-failed", "sampledAt", "sampledAt is required");
        }
        sampledAt = sampledAt.truncatedTo(ChronoUnit.MILLIS);
        inspectorIds = normalize(inspectorIds);
    }

    private static List<String> normalize(List<String> ids) {
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
