package org.qsp.identity.user;

public enum Role {
    INSPECTOR, LAB, ENTERPRISE, CONSUMER, REGULATOR, ADMIN;

    boolean isRegional() {
        return this == INSPECTOR || this == REGULATOR;
    }
}
