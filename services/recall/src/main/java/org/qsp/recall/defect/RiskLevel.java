package org.qsp.recall.defect;

/** The risk level of a consumer product, as EU Safety Gate grades it. */
public enum RiskLevel {
    SERIOUS, HIGH, MEDIUM, LOW
}
