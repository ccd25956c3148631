package org.qsp.platform.errors;

/** The caller is known but may not do this (a missing claim, a role without the right). */
public class Forbidden extends DomainException {

    public Forbidden(String code, String message) {
        super(Kind.FORBIDDEN, code, message);
    }
}
