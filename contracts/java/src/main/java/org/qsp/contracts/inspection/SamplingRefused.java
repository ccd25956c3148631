package org.qsp.contracts.inspection;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;

/**
 * The party refused to be sampled (拒绝抽样): recorded by the inspector pair against the sample id their phone gave
 * and the task (key: sampleId). Credit records it against the enterprise (a negative record). No personal data: the
 * witness's name stays in inspection.
 *
 * @param taskId       the sampling task the inspectors came for (null when not given)
 * @param samplingType SUPERVISORY, RISK_MONITORING or EVALUATION
 * @param note         the refusal note as the inspectors recorded it
 */
public record SamplingRefused(String sampleId, String taskId, EnterpriseRef enterprise, Instant refusedAt,
        String samplingType, String note) {
}
