package org.qsp.platform.uscc;

import org.qsp.platform.errors.DomainException;

public class InvalidUscc extends DomainException {

    public InvalidUscc(String value, String reason) {
        super(Kind.INVALID, "invalid-uscc", "USCC " + value + " " + reason);
    }
}
