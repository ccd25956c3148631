package org.qsp.credit;

import java.util.concurrent.atomic.AtomicInteger;

import org.qsp.platform.uscc.Uscc;

/** Fresh valid USCCs (GB 32100), one per test, so that tests sharing a database stay apart. */
public final class TestUsccs {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestUsccs() {
    }

    /** A valid USCC registered in {@code region} (characters 3 to 8). */
    public static String next(String region) {
        int n = NEXT.incrementAndGet();
        String first17 = "91" + region + "MA" + String.format("%07d", n);
        for (char check : ALPHABET.toCharArray()) {
            if (Uscc.isValid(first17 + check)) {
                return first17 + check;
            }
        }
        throw new IllegalStateException("no check character for " + first17);
    }
}
