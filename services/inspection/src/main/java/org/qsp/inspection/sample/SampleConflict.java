package org.qsp.inspection.sample;

import org.qsp.platform.errors.Conflict;

/** A form was sent for a sample id that already has a different form: a sampling form never changes. */
public class SampleConflict extends Conflict {

    public SampleConflict(String sampleId, boolean concluded) {
        super("sample-conflict", "sample " + sampleId + " was recorded with a different form"
                + (concluded ? " and has a result; it cannot change" : "; a sampling form cannot change"));
    }
}
