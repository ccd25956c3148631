package org.qsp.rectification.notification;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A webhook signing secret ({@code whsec_<base64 of 32 random bytes>}, the Standard Webhooks form) and, once it was
 * rotated away, until when deliveries are still signed with it too.
 */
public record SigningSecret(String value, Instant createdAt, Instant retiresAt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PREFIX = "whsec_";

    public static SigningSecret generate(Instant at) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key), at, null);
    }

    /** The HMAC key: the base64 part after {@code whsec_}. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    public boolean isValidAt(Instant at) {
        return retiresAt == null || at.isBefore(retiresAt);
    }

    SigningSecret retiringAt(Instant at) {
        return new SigningSecret(value, createdAt, at);
    }
}
