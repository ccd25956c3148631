package org.qsp.platform.errors;

/**
 * A business rule said no. Adapters map the {@link Kind} to their protocol: HTTP status codes in
 * the web layer, "dead-letter at once" in Kafka listeners (a rejected event does not get better
 * by retrying).
 */
public abstract class DomainException extends RuntimeException {

    public enum Kind {
        /** The thing does not exist (or the caller may not know that it does). */
        NOT_FOUND,
        /** The request contradicts what is already recorded (idempotency replay with other content). */
        CONFLICT,
        /** The caller may not do this to this thing. */
        FORBIDDEN,
        /** The input breaks a rule of the domain. */
        INVALID,
        /** The thing is in a state that does not allow this (an illegal transition). */
        REJECTED
    }

    private final Kind kind;
    private final String code;

    protected DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** A stable, lowercase, hyphenated code that clients may switch on. */
    public String code() {
        return code;
    }

    /** The input field the problem is about, when there is one. */
    public String field() {
        return null;
    }
}
