package org.qsp.platform.uscc;

import java.util.Optional;

import org.qsp.platform.validation.ProblemValidator;

public class UsccValidator extends ProblemValidator<ValidUscc> {

    private boolean formatOnly;

    @Override
    public void initialize(ValidUscc annotation) {
        formatOnly = annotation.allowCheckOverride();
    }

    @Override
    protected Optional<String> problem(String value) {
        Optional<String> problem = formatOnly && Uscc.isWellFormed(value) ? Optional.empty() : Uscc.problem(value);
        return problem.map(p -> "is not a valid USCC: " + p);
    }
}
