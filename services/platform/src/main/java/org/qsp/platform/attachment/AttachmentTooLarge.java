package org.qsp.platform.attachment;

/** The body grew past the store's limit ({@code qsp.attachments.max-bytes}); nothing of it is kept. Answered 413. */
public class AttachmentTooLarge extends RuntimeException {

    AttachmentTooLarge(long maxBytes) {
        super("the attachment exceeds " + maxBytes + " bytes");
    }
}
