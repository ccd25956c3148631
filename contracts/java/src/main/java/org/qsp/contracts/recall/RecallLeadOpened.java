package org.qsp.contracts.recall;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A defect lead (缺陷线索) was opened: from a failed sample with a safety-related item (sourceType SAMPLE_FAILED,
 * sourceId = sampleId), a safety-related complaint cluster (COMPLAINT_CLUSTER, clusterId) or a regulator's entry
 * (MANUAL, the lead id). {@code producer} is null when the source names no enterprise (a cluster about a product);
 * {@code region} is the GB/T 2260 code of the authority that handles the lead. {@code productType} is FOOD,
 * CONSUMER_PRODUCT or null when the source does not say. No personal data.
 */
public record RecallLeadOpened(String leadId, String sourceType, String sourceId, EnterpriseRef producer,
        ProductRef product, String productType, String region, String hazard, Instant openedAt) {
}
