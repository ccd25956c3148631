package org.qsp.inspection.sample;

import org.qsp.platform.errors.InvalidField;

/** The overall verdict contradicts the item verdicts. */
public class VerdictInconsistent extends InvalidField {

    public VerdictInconsistent(String message) {
        super("verdict-inconsistent", "overallVerdict", message);
    }
}
