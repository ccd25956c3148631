package org.qsp.contracts.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A sample's overall verdict is FAIL: the enterprise is told and its objection window opens. {@code safetyRelated}
 * is true when any failed item is safety-related (a hazard: a recall lead). Not final yet: rectification and credit
 * act on {@link SampleFinalized}.
 *
 * @param samplingType   SUPERVISORY, RISK_MONITORING or EVALUATION (null from producers before it existed)
 * @param category       the product category code of the form (null when not given)
 * @param productClass   FOOD, MANUFACTURED or AGRICULTURAL (null from producers before it existed)
 * @param taskId         the sampling task the form fulfilled (null when not given)
 * @param contestBy      the last day the enterprise may object or apply for a re-test (null when it may not:
 *                       risk monitoring)
 */
public record SampleFailed(String sampleId, EnterpriseRef enterprise, ProductRef product, Instant sampledAt,
        Instant concludedAt, List<FailedItem> failedItems, boolean safetyRelated, String samplingType,
        String category, String productClass, String taskId, LocalDate contestBy) {

    /** A FAIL as the first producers raised it, without the sampling's classification. */
    public SampleFailed(String sampleId, EnterpriseRef enterprise, ProductRef product, Instant sampledAt,
            Instant concludedAt, List<FailedItem> failedItems, boolean safetyRelated) {
        this(sampleId, enterprise, product, sampledAt, concludedAt, failedItems, safetyRelated, null, null, null, null,
                null);
    }

    public record FailedItem(String item, String limit, String measured, String unit, boolean safetyRelated) {
    }
}
