package org.qsp.contracts.inspection;

import java.time.Instant;
import java.util.List;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A sample's overall verdict is FAIL. {@code safetyRelated} is true when any failed item is
 * safety-related (a hazard: a recall lead).
 */
public record SampleFailed(String sampleId, EnterpriseRef enterprise, ProductRef product, Instant sampledAt,
        Instant concludedAt, List<FailedItem> failedItems, boolean safetyRelated) {

    public record FailedItem(String item, String limit, String measured, String unit, boolean safetyRelated) {
    }
}
