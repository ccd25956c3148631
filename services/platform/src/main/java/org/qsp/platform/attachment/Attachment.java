package org.qsp.platform.attachment;

import java.time.Instant;

/**
 * A stored attachment, as the store answers about it.
 *
 * @param sha256 the SHA-256 of its bytes, lowercase hex
 */
public record Attachment(AttachmentKey key, ImageType type, long bytes, String sha256, Instant storedAt) {

    public String contentType() {
        return type.mediaType();
    }
}
