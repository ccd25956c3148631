package org.qsp.inspection.sample;

import org.qsp.platform.errors.DomainException;

/** The inspector recording a form must be one of the inspectors who sign it. */
public class NotASamplingInspector extends DomainException {

    public NotASamplingInspector(String inspectorId) {
        super(Kind.FORBIDDEN, "not-a-sampling-inspector",
                "inspector " + inspectorId + " is not one of the form's signing inspectors");
    }

    @Override
    public String field() {
        return "inspectorIds";
    }
}
