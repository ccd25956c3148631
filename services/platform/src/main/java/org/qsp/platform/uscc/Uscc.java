package org.qsp.platform.uscc;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100): 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y}; the 18th is a check character over the first 17.
 * Positions 3 to 8 are the administrative division code of the registering authority.
 *
 * <p>Some early codes are legal but fail the check: such a code is accepted only with
 * {@code checkOverridden}, which a person must have confirmed.
 */
public record Uscc(String value, boolean checkOverridden) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
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
