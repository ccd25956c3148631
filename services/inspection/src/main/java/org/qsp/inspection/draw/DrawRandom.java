package org.qsp.inspection.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The draw's pseudo-random numbers: SHA-256 in counter mode, fully specified so that anyone can re-implement it
 * (docs/adr/0018). The key is {@code K = SHA-256(UTF-8(text))}; block {@code i} (from 0) is
 * {@code SHA-256(K || i as 8 bytes big-endian)} and yields four unsigned 64-bit numbers, big-endian, in order.
 * {@link #below(long) below(n)} takes the next number's top 63 bits {@code x = u >>> 1}, draws again while
 * {@code x >= floor(2^63 / n) * n} (no modulo bias), and answers {@code x mod n}.
 */
public final class DrawRandom {

    private final byte[] key;
    private final MessageDigest sha256;
    private final ByteBuffer input = ByteBuffer.allocate(40);
    private ByteBuffer block = ByteBuffer.allocate(0);
    private long counter;

    public DrawRandom(String text) {
        this.sha256 = newSha256();
        this.key = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The next unsigned 64-bit number (as a Java long's bits). */
    public long next() {
        if (!block.hasRemaining()) {
            input.clear();
            input.put(key).putLong(counter++);
            block = ByteBuffer.wrap(sha256.digest(input.array()));
        }
        return block.getLong();
    }

    /** A uniform number in {@code [0, n)}, n at least 1. */
    public long below(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        long limit = Long.divideUnsigned(Long.MIN_VALUE, n) * n;
        while (true) {
            long x = next() >>> 1;
            if (Long.compareUnsigned(x, limit) < 0) {
                return x % n;
            }
        }
    }

    public int below(int n) {
        return (int) below((long) n);
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
