package org.qsp.contracts.inspection;

import java.time.Instant;
import java.util.List;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * A sample's verdict is final (raised once per sample; key: sampleId). Rectification opens its task and credit
 * records the FAIL on this event, never on {@link SampleFailed}, and both ignore RISK_MONITORING samples.
 *
 * @param verdict      FAIL or PASS, as final: a PASS after a re-test or an objection overturned a FAIL
 * @param basis        how it became final: PASS_RESULT (a PASS is final at once), RISK_MONITORING (a risk-monitoring
 *                     FAIL has no objection path), ACCEPTED (the enterprise accepted the result), WINDOW_PASSED (no
 *                     objection or re-test within the window), RETEST (the re-test's conclusion) or OBJECTION_DECIDED
 *                     (the regulator's decision on the objection)
 * @param finalizedAt  when the verdict became final
 * @param concludedAt  when the first test concluded
 * @param failedItems  the failed items of the first result when the final verdict is FAIL; empty for PASS
 * @param safetyRelated whether a failed item is safety-related (false for PASS)
 * @param taskType     the type of the task the form fulfilled (DRAWN, TARGETED, RECHECK; null without a task): a
 *                     RECHECK sample's verdict is the re-check's, which {@link RecheckConcluded} carries, so
 *                     rectification and credit open no task and record nothing on it
 */
public record SampleFinalized(String sampleId, String verdict, String basis, Instant finalizedAt,
        EnterpriseRef enterprise, ProductRef product, Instant sampledAt, Instant concludedAt,
        List<SampleFailed.FailedItem> failedItems, boolean safetyRelated, String samplingType, String category,
        String productClass, String taskId, String taskType) {

    /** A final verdict of a sample without a task type (producers before it existed). */
    public SampleFinalized(String sampleId, String verdict, String basis, Instant finalizedAt,
            EnterpriseRef enterprise, ProductRef product, Instant sampledAt, Instant concludedAt,
            List<SampleFailed.FailedItem> failedItems, boolean safetyRelated, String samplingType, String category,
            String productClass, String taskId) {
        this(sampleId, verdict, basis, finalizedAt, enterprise, product, sampledAt, concludedAt, failedItems,
                safetyRelated, samplingType, category, productClass, taskId, null);
    }

    public boolean failed() {
        return "FAIL".equals(verdict);
    }

    public boolean riskMonitoring() {
        return "RISK_MONITORING".equals(samplingType);
    }

    /** The sample of a re-check (复查): its verdict concludes the re-check, not a new failure. */
    public boolean recheck() {
        return "RECHECK".equals(taskType);
    }
}
