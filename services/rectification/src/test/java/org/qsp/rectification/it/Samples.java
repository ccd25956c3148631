package org.qsp.rectification.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;

/** Schema-valid sample events as the inspection service publishes them. */
final class Samples {

    /** 2026-03-02T08:00Z: 16:00 on Monday 2 March in Shanghai. */
    static final Instant CONCLUDED = ContractFixtures.AT;
    static final ProductRef PRODUCT = new ProductRef("速冻水饺", "好味", "500g", "20260201");

    private Samples() {
    }

    /** A FAIL of a supervisory sample, final (the enterprise accepted it) at {@link #CONCLUDED}. */
    static SampleFinalized failed(String sampleId, String uscc, String region) {
        return failed(sampleId, uscc, region, CONCLUDED);
    }

    /** A FAIL of a supervisory sample, final at {@code finalizedAt} (concluded a day before). */
    static SampleFinalized failed(String sampleId, String uscc, String region, Instant finalizedAt) {
        return finalized(sampleId, uscc, region, finalizedAt, "FAIL", "ACCEPTED", "SUPERVISORY");
    }

    /** A final verdict: a PASS carries no failed items. */
    static SampleFinalized finalized(String sampleId, String uscc, String region, Instant finalizedAt, String verdict,
            String basis, String samplingType) {
        List<SampleFailed.FailedItem> items = "FAIL".equals(verdict)
                ? List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)) : List.of();
        return new SampleFinalized(sampleId, verdict, basis, finalizedAt,
                new EnterpriseRef(uscc, "示例企业" + uscc.substring(10), region), PRODUCT,
                finalizedAt.minus(Duration.ofDays(7)), finalizedAt.minus(Duration.ofDays(1)), items, false,
                samplingType, "0701", "FOOD", null);
    }

    /** A FAIL as inspection raises it when the result is recorded: not final. */
    static SampleFailed notYetFinal(String sampleId, String uscc, String region) {
        return new SampleFailed(sampleId, new EnterpriseRef(uscc, "示例企业" + uscc.substring(10), region), PRODUCT,
                CONCLUDED.minus(Duration.ofDays(7)), CONCLUDED,
                List.of(new SampleFailed.FailedItem("菌落总数", "≤100000", "350000", "CFU/g", false)), false);
    }
}
