package org.qsp.platform.uscc;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class UsccValidator implements ConstraintValidator<ValidUscc, String> {

    private boolean formatOnly;

    @Override
    public void initialize(ValidUscc annotation) {
        formatOnly = annotation.allowCheckOverride();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = formatOnly && Uscc.isWellFormed(value) ? Optional.empty() : Uscc.problem(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("is not a valid USCC: " + problem.get().replace("{", "(")
                .replace("}", ")")).addConstraintViolation();
        return false;
    }
}
