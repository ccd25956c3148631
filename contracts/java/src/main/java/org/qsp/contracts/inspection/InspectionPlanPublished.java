package org.qsp.contracts.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A regulator published a sampling plan (抽查计划): for a year, at a level (NATIONAL, PROVINCIAL, CITY, COUNTY) whose
 * region code fits it, of a sampling type, over product categories, with a batch count and the share of each
 * credit class's pool that a draw picks ({@code classRatios}, A to D, each 0 to 1). Key: planId.
 */
public record InspectionPlanPublished(String planId, int year, String level, String samplingType,
        List<String> categories, String region, int batchCount, Map<String, BigDecimal> classRatios,
        Instant publishedAt) {
}
