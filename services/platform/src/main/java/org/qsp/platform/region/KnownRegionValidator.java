package org.qsp.platform.region;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class KnownRegionValidator implements ConstraintValidator<KnownRegion, String> {

    private boolean place;

    @Override
    public void initialize(KnownRegion annotation) {
        place = annotation.place();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = place ? Regions.placeProblem(value) : Regions.problem(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the value is the client's: keep message interpolation away from it
        context.buildConstraintViolationWithTemplate(problem.get().replaceAll("[{}$\\\\]", "?"))
                .addConstraintViolation();
        return false;
    }
}
