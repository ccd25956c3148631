package org.qsp.recall.investigation;

/** What the regulator concluded: the product has a defect (an unreasonable danger common to a batch), or not. */
public enum Conclusion {
    DEFECT_CONFIRMED, NO_DEFECT
}
