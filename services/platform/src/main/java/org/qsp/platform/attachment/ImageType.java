package org.qsp.platform.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The images an attachment may be, known by their first bytes (the declared type must agree with them). */
public enum ImageType {

    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    /** The most leading bytes any type needs to be recognised. */
    public static final int MAGIC_BYTES = 8;

    private final String mediaType;
    private final byte[] magic;

    ImageType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature the leading bytes carry, if any. */
    public static Optional<ImageType> sniff(byte[] leading) {
        return Arrays.stream(values())
                .filter(t -> leading.length >= t.magic.length
                        && Arrays.equals(leading, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    /** The type a {@code Content-Type} names (parameters ignored, case-insensitive), if it is one of these. */
    public static Optional<ImageType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }
}
