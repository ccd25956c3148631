package org.qsp.platform.test;

import java.util.Random;

/**
 * Bodies that pass for images (or a PDF) by their first bytes, as the attachment store sniffs them: a JPEG, PNG or PDF
 * signature
 * followed by seeded random bytes (a different seed, different bytes of the same size).
 */
public final class TestImages {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private TestImages() {
    }

    public static byte[] jpeg(int bytes, long seed) {
        return image(JPEG, bytes, seed);
    }

    public static byte[] png(int bytes, long seed) {
        return image(PNG, bytes, seed);
    }

    public static byte[] pdf(int bytes, long seed) {
        return image(PDF, bytes, seed);
    }

    private static byte[] image(byte[] signature, int bytes, long seed) {
        byte[] image = new byte[bytes];
        new Random(seed).nextBytes(image);
        System.arraycopy(signature, 0, image, 0, Math.min(signature.length, bytes));
        return image;
    }
}
