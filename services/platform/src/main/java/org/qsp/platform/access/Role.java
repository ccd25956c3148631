package org.qsp.platform.access;

/** The roles in the {@code roles} claim of QSP access tokens. */
public enum Role {
    INSPECTOR, LAB, ENTERPRISE, CONSUMER, REGULATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
