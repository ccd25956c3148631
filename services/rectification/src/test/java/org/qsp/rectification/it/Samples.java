package org.qsp.rectification.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;

/** Schema-valid sample events as the inspection service publishes them. */
final class Samples {

    /** 2026-03-02T08:00Z: 16:00 on Monday 2 March in Shanghai. */
    static final Instant CONCLUDED = ContractFixtures.AT;
    static final ProductRef PRODUCT = new ProductRef("速冻水饺", "好味", "500g", "20260201");

    private Samples() {
    }

    static SampleFailed failed(String sampleId, String uscc, String region) {
        return failed(sampleId, uscc, region, CONCLUDED);
    }

    static SampleFailed failed(String sampleId, String uscc, String region, Instant concludedAt) {
        return new SampleFailed(sampleId, new EnterpriseRef(uscc, "示例企业" + uscc.substring(10), region), PRODUCT,
                concludedAt.minus(Duration.ofDays(7)), concludedAt,
                List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)), false);
    }

    static SamplePassed passed(String sampleId, String uscc, String region) {
        return new SamplePassed(sampleId, new EnterpriseRef(uscc, "示例企业" + uscc.substring(10), region), PRODUCT,
                CONCLUDED.minus(Duration.ofDays(7)), CONCLUDED);
    }
}
