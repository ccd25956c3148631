package org.qsp.inspection.pool;

/** Credit risk classes (DOMAIN.md §7): A low, B general, C higher, D high. Internal: they set sampling ratios only. */
public enum RiskClass {
    A, B, C, D;

    /** The class named by a one-letter code, or null when the code is not one. */
    public static RiskClass parse(String code) {
        if (code == null || code.length() != 1) {
            return null;
        }
        return switch (code.charAt(0)) {
            case 'A' -> A;
            case 'B' -> B;
            case 'C' -> C;
            case 'D' -> D;
            default -> null;
        };
    }
}
