package org.qsp.credit.repair;

/** What a credit repair ends early: a penalty's publication, or the serious-dishonesty list entry. */
public enum RepairTarget {
    PENALTY, SERIOUS_LIST
}
