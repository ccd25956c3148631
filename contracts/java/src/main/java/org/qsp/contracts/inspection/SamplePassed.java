package org.qsp.contracts.inspection;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A sample's overall verdict is PASS (counts towards the pass-rate KPI). The optional fields are those of
 * {@link SampleFailed}.
 */
public record SamplePassed(String sampleId, EnterpriseRef enterprise, ProductRef product, Instant sampledAt,
        Instant concludedAt, String samplingType, String category, String productClass, String taskId) {

    /** A PASS as the first producers raised it, without the sampling's classification. */
    public SamplePassed(String sampleId, EnterpriseRef enterprise, ProductRef product, Instant sampledAt,
            Instant concludedAt) {
        this(sampleId, enterprise, product, sampledAt, concludedAt, null, null, null, null);
    }
}
