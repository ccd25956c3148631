package org.qsp.platform.attachment;

/**
 * The body is not an image the store takes, or not the one it claims to be: answered 415
 * ({@code unsupported-media-type} for a declared type that is not an image the store takes,
 * {@code attachment-content-mismatch} for bytes that are not what the type says).
 */
public class UnsupportedAttachment extends RuntimeException {

    private final String code;

    UnsupportedAttachment(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
