package org.qsp.inspection.plan;

import java.util.List;

/**
 * What a regulator asks for in a plan, checked: the year, the level and region of the authority (the region fits the
 * level), the sampling type, the product category codes (sorted, distinct), the batch count and the class ratios.
 */
public record PlanSpec(int year, PlanLevel level, SamplingType samplingType, List<String> categories, String region,
        int batchCount, ClassRatios classRatios) {

    /** A product category code: lowercase letters, digits and hyphens, 2 to 40, starting with a letter. */
    public static final String CATEGORY = "[a-z][a-z0-9-]{1,39}";

    public PlanSpec {
        categories = categories.stream().distinct().sorted().toList();
    }

    /** The normalised text a retry under the same Idempotency-Key must match. */
    String fingerprintText() {
        return String.join("|", String.valueOf(year), level.name(), samplingType.name(), String.join(",", categories),
                region, String.valueOf(batchCount), classRatios.byLetter().toString());
    }
}
