package org.qsp.contracts.inspection;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/** A sample's overall verdict is PASS (counts towards the pass-rate KPI). */
public record SamplePassed(String sampleId, EnterpriseRef enterprise, ProductRef product, Instant sampledAt,
        Instant concludedAt) {
}
