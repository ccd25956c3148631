package org.qsp.platform.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids derived from what makes a thing unique (who asked and their Idempotency-Key, the event it came from), so that
 * the same command or event, repeated, finds the thing it made (docs/adr/0004); and fingerprints of what a client
 * sent, to tell a replay from another request under the same key.
 */
public final class DerivedIds {

    /** Crockford's base 32: digits and capitals without I, L, O, U (nothing to misread). */
    private static final String BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private DerivedIds() {
    }

    /** The first {@code bytes} bytes of SHA-256 over the parts (joined by line feeds), in lowercase hex. */
    public static String hex(int bytes, String... parts) {
        return HexFormat.of().formatHex(digest(parts), 0, bytes);
    }

    /** {@code characters} characters (at most 51) of SHA-256 over the parts in Crockford's base 32: short and legible. */
    public static String base32(int characters, String... parts) {
        byte[] digest = digest(parts);
        StringBuilder out = new StringBuilder(characters);
        for (int i = 0; i < characters; i++) {
            int bit = i * 5;
            int value = ((digest[bit / 8] & 0xff) << 8 | (bit / 8 + 1 < digest.length ? digest[bit / 8 + 1] & 0xff : 0))
                    >> (11 - bit % 8) & 0x1f;
            out.append(BASE32.charAt(value));
        }
        return out.toString();
    }

    /** SHA-256 of a text in lowercase hex: the fingerprint a stored request is compared with. */
    public static String fingerprint(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    private static byte[] digest(String... parts) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(String.join("\n", parts)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
