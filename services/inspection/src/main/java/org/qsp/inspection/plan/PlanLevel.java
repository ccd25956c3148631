package org.qsp.inspection.plan;

import org.qsp.platform.region.Regions;

/**
 * The level of the authority that makes a plan. A level names its kind of GB/T 2260 code: NATIONAL the code 100000,
 * PROVINCIAL a province ({@code xx0000}), CITY a prefecture-level city ({@code xxxx00}), COUNTY a county-level area
 * (the rest). Ordered from the highest level down.
 */
public enum PlanLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY;

    /** Whether the region code is of this level's kind (the code must be real as well, which callers check). */
    public boolean fits(String region) {
        return this == of(region);
    }

    /** Whether this level is above {@code other} (national above provincial, and so on). */
    public boolean isAbove(PlanLevel other) {
        return ordinal() < other.ordinal();
    }

    /** The level of a six-digit region code. */
    public static PlanLevel of(String region) {
        if (Regions.NATIONAL.equals(region)) {
            return NATIONAL;
        }
        if (region.endsWith("0000")) {
            return PROVINCIAL;
        }
        return region.endsWith("00") ? CITY : COUNTY;
    }
}
