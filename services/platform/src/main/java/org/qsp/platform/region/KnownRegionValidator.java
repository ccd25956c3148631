package org.qsp.platform.region;

import java.util.Optional;

import org.qsp.platform.validation.ProblemValidator;

public class KnownRegionValidator extends ProblemValidator<KnownRegion> {

    private boolean place;

    @Override
    public void initialize(KnownRegion annotation) {
        place = annotation.place();
    }

    @Override
    protected Optional<String> problem(String value) {
        return place ? Regions.placeProblem(value) : Regions.problem(value);
    }
}
