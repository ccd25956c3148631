package org.qsp.platform.errors;

/** An input field breaks a domain rule that a bean-validation annotation cannot express. */
public class InvalidField extends DomainException {

    private final String field;

    public InvalidField(String code, String field, String message) {
        super(Kind.INVALID, code, message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
