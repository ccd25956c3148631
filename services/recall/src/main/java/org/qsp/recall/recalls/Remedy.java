package org.qsp.recall.recalls;

/** What the producer does about the defect (DOMAIN.md §6): repair, replace, refund, or warn. */
public enum Remedy {
    REPAIR, REPLACE, REFUND, WARNING
}
