package org.qsp.platform.validation;

import java.lang.annotation.Annotation;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * A string constraint whose value type says what is wrong with a value ({@code Uscc.problem},
 * {@code Regions.problem}): the field error then names the problem instead of a fixed message.
 * Null is left to {@code @NotNull}.
 */
public abstract class ProblemValidator<A extends Annotation> implements ConstraintValidator<A, String> {

    /** What is wrong with the value, or empty when it is valid. */
    protected abstract Optional<String> problem(String value);

    @Override
    public final boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = problem(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the problem may quote the client's value: keep message interpolation away from it
        context.buildConstraintViolationWithTemplate(problem.get().replace("{", "(").replace("}", ")"))
                .addConstraintViolation();
        return false;
    }
}
