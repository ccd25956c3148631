package org.qsp.rectification.it;

import org.qsp.platform.uscc.Uscc;

/** Valid USCCs (GB 32100) registered in a given region, one per serial number. */
final class Usccs {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Usccs() {
    }

    static String of(String region, int serial) {
        String first17 = "91" + region + "MA" + String.format("%07d", serial);
        for (char check : ALPHABET.toCharArray()) {
            if (Uscc.isValid(first17 + check)) {
                return first17 + check;
            }
        }
        throw new IllegalStateException("no check character for " + first17);
    }
}
