package org.qsp.platform.attachment;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The types an attachment may be, known by their first bytes (the declared type must agree with them): the images
 * JPEG and PNG, which every bucket takes, and PDF (a scanned certificate, a test report), which a bucket takes only
 * when it is opened for it ({@link AttachmentStores#bucket(String, Set)}). The store does not parse a PDF
 * either: the signature {@code %PDF-} is all it checks.
 */
public enum ImageType {

    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {0x25, 0x50, 0x44, 0x46, 0x2D});

    /** What a bucket takes unless it is opened for more: the images. */
    public static final Set<ImageType> IMAGES = Collections.unmodifiableSet(
            EnumSet.of(JPEG, PNG));

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

    /** The media types of {@code types}, in declaration order, for a message: "image/jpeg or image/png". */
    public static String describe(Set<ImageType> types) {
        return Arrays.stream(values()).filter(types::contains).map(ImageType::mediaType)
                .collect(Collectors.joining(" or "));
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
