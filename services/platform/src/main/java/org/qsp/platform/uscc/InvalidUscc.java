package org.qsp.platform.uscc;

import org.qsp.platform.errors.DomainException;

public class InvalidUscc extends DomainException {

    private final String field;

    public InvalidUscc(String value, String reason) {
        this(value, reason, null);
    }

    /** @param field the input field that held the code, named in the problem's {@code errors} */
    public InvalidUscc(String value, String reason, String field) {
        super(Kind.INVALID, "invalid-uscc", "USCC " + value + " " + reason);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
