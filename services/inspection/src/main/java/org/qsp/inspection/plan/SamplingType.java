package org.qsp.inspection.plan;

/** Sampling types (DOMAIN.md §3): supervisory (监督抽检), risk monitoring (风险监测), evaluation (评价性抽检). */
public enum SamplingType {
    SUPERVISORY, RISK_MONITORING, EVALUATION
}
