package org.qsp.inspection.sample;

import org.qsp.platform.errors.Conflict;

/** A result was sent for a sample that already has a different result. */
public class ResultConflict extends Conflict {

    public ResultConflict(String sampleId) {
        super("result-conflict", "sample " + sampleId + " already has a different result; a result cannot change");
    }
}
