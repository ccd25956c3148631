package org.qsp.platform.uscc;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100): 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y}; the 18th is a check character over the first 17.
 * The 1st names the registration authority ({@code 1-9 A N Y}), the 2nd the kind of organisation ({@code 1-9}),
 * positions 3 to 8 are the administrative division code of the registering authority: a province's division, or
 * {@code 100000} for a national registration (a code of all zeros passes the check character but is no code).
 *
 * <p>Some early codes are legal but fail the check: such a code is accepted only with
 * {@code checkOverridden}, which a person must have confirmed.
 */
public record Uscc(String value, boolean checkOverridden) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String AUTHORITIES = "123456789ANY";
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22",
            "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53",
            "54", "61", "62", "63", "64", "65", "71", "81", "82");
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        Optional<String> problem = checkOverridden ? formatProblem(value) : problem(value);
        if (problem.isPresent()) {
            throw new InvalidUscc(value, problem.get());
        }
    }

    public static Uscc of(String value) {
        return new Uscc(value, false);
    }

    /** Why the code is not valid (format or check character), or empty when it is. */
    public static Optional<String> problem(String value) {
        return formatProblem(value).or(() -> checkProblem(value));
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** Whether the code is well-formed, whatever its check character says. */
    public static boolean isWellFormed(String value) {
        return formatProblem(value).isEmpty();
    }

    public String regionCode() {
        return value.substring(2, 8);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static Optional<String> formatProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        if (value.length() != 18) {
            return Optional.of("must have 18 characters, has " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + value.charAt(i)
                        + "') is not one of 0-9 and A-Y without I, O, S, V, Z");
            }
        }
        if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("characters 3 to 8 must be the region code (digits)");
        }
        if (AUTHORITIES.indexOf(value.charAt(0)) < 0) {
            return Optional.of("character 1 ('" + value.charAt(0) + "') is not a registration authority (1-9, A, N, Y)");
        }
        if (value.charAt(1) < '1' || value.charAt(1) > '9') {
            return Optional.of("character 2 ('" + value.charAt(1) + "') is not a kind of organisation (1-9)");
        }
        String region = value.substring(2, 8);
        if (!region.equals("100000") && !PROVINCES.contains(region.substring(0, 2))) {
            return Optional.of("characters 3 to 8 ('" + region + "') are not the division of a registering authority");
        }
        return Optional.empty();
    }

    private static Optional<String> checkProblem(String value) {
        char expected = checkCharacter(value.substring(0, 17));
        return value.charAt(17) == expected
                ? Optional.empty()
                : Optional.of("check character is '" + value.charAt(17) + "' but GB 32100 gives '" + expected + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
