package org.qsp.platform.errors;

public class Conflict extends DomainException {

    public Conflict(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }
}
