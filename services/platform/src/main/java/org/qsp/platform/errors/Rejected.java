package org.qsp.platform.errors;

/** The thing is in a state that does not allow this (an illegal transition, a closed window): 422 with its code. */
public class Rejected extends DomainException {

    public Rejected(String code, String message) {
        super(Kind.REJECTED, code, message);
    }
}
