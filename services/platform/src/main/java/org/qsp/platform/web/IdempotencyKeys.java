package org.qsp.platform.web;

import org.qsp.platform.errors.InvalidField;

/**
 * The {@code Idempotency-Key} of a write that creates something: the client chooses it once per thing and sends it
 * again with every retry; the id of what it creates derives from it (docs/adr/0004).
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final String FORMAT = "[A-Za-z0-9_-]{8,100}";

    private IdempotencyKeys() {
    }

    /** The key as sent, or 400 {@code invalid-idempotency-key} naming the header. */
    public static String checked(String key) {
        if (key == null || !key.matches(FORMAT)) {
            throw new InvalidField("invalid-idempotency-key", HEADER,
                    "must be 8 to 100 of A-Z a-z 0-9 _ - (a UUID will do)");
        }
        return key;
    }
}
