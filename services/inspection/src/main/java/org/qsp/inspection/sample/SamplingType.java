package org.qsp.inspection.sample;

/**
 * What a sampling is for (DOMAIN.md §3): supervisory (监督抽检, the default), risk monitoring (风险监测: no
 * objection, no re-test, no penalty path: never a rectification task or a credit record) or evaluation (评价性抽检,
 * the basis of the national pass-rate KPI).
 */
public enum SamplingType {
    SUPERVISORY, RISK_MONITORING, EVALUATION
}
