package org.qsp.platform.test;

import java.util.concurrent.ThreadLocalRandom;

import org.qsp.platform.uscc.Uscc;

/** Fresh USCCs (GB 32100) for tests, so that each test's enterprise is its own. */
public final class TestUsccs {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestUsccs() {
    }

    /** A valid USCC registered in {@code region} (characters 3 to 8). */
    public static String valid(String region) {
        StringBuilder first17 = new StringBuilder("91").append(region);
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return first17.toString() + Uscc.checkCharacter(first17.toString());
    }

    /** A well-formed USCC whose check character is wrong (like some early codes). */
    public static String failingCheck(String region) {
        String valid = valid(region);
        char other = ALPHABET.charAt((ALPHABET.indexOf(valid.charAt(17)) + 1) % ALPHABET.length());
        return valid.substring(0, 17) + other;
    }
}
