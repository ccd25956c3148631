package org.qsp.contracts.complaint;

import java.time.Instant;
import java.util.List;

/**
 * At least {@code threshold} complaints in one region and category about the same respondent (basis RESPONDENT,
 * by USCC) or the same product (basis PRODUCT, by brand and model) within one window. Raised once per cluster and
 * window; {@code clusterId} names both. {@code safetyRelated} comes from the category catalogue (a recall lead).
 * {@code respondent} is set for RESPONDENT clusters, {@code product} for PRODUCT clusters (and for RESPONDENT
 * clusters when every case names the same product).
 */
public record ComplaintClusterDetected(String clusterId, String basis, String region, String category,
        boolean safetyRelated, Respondent respondent, ProductMention product, List<String> caseIds,
        int threshold, Instant windowStart, Instant windowEnd, Instant detectedAt) {
}
