package org.qsp.credit.rules;

/**
 * Credit risk classes, from A (low risk) to D (high risk). Internal only (DOMAIN §7): they set
 * sampling weights and are never shown to enterprises or the public.
 */
public enum RiskClass {
    A, B, C, D
}
