package org.qsp.recall.defect;

import org.qsp.platform.errors.InvalidField;

/**
 * How urgent a recall is: a food recall's level (1, 2 or 3; 1 the most urgent), or a consumer product's risk level.
 * Food has a level and no risk level, a consumer product the other way round.
 */
public record Classification(ProductType productType, Integer level, RiskLevel riskLevel) {

    public Classification {
        if (productType == null) {
            throw new InvalidField("field-required", "productType", "is required");
        }
        if (productType == ProductType.FOOD) {
            if (level == null || level < 1 || level > 3) {
                throw new InvalidField("food-level-required", "level", "a food recall has a level of 1, 2 or 3");
            }
            if (riskLevel != null) {
                throw new InvalidField("risk-level-not-for-food", "riskLevel",
                        "a food recall has a level, not a risk level");
            }
        } else {
            if (riskLevel == null) {
                throw new InvalidField("risk-level-required", "riskLevel",
                        "a consumer product recall has a risk level (SERIOUS, HIGH, MEDIUM, LOW)");
            }
            if (level != null) {
                throw new InvalidField("level-only-for-food", "level",
                        "only food recalls have levels; a consumer product has a risk level");
            }
        }
    }

    /** Whether this is a food recall (with a level). */
    public boolean ofFood() {
        return productType == ProductType.FOOD;
    }

    public String riskLevelName() {
        return riskLevel == null ? null : riskLevel.name();
    }
}
