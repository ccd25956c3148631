package org.qsp.platform.errors;

public class NotFound extends DomainException {

    public NotFound(String what, String id) {
        super(Kind.NOT_FOUND, "not-found", what + " " + id + " does not exist");
    }
}
