package org.qsp.platform.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Images that belong to a service's aggregates (sample photos, signature images, report evidence), kept in MongoDB
 * GridFS. An attachment is immutable once stored: {@link #put} is idempotent on its key (the same bytes again answer
 * the stored attachment, other bytes {@link AttachmentConflict}), and an attachment is visible only once it is
 * complete. Get one from {@link AttachmentStores#bucket}; ADR 0020 has the layout.
 */
public interface AttachmentStore {

    /**
     * Stores the body under the key, streaming it: its first bytes must be the image its declared
     * {@code Content-Type} names ({@link UnsupportedAttachment}), it may not exceed the limit
     * ({@link AttachmentTooLarge}, and nothing is kept), its SHA-256 is recorded. An I/O error of the body (a client
     * that went away, the edge's own size limit) is thrown as it came, and nothing is kept either.
     */
    Stored put(AttachmentKey key, String declaredType, InputStream body) throws IOException;

    Optional<Attachment> find(AttachmentKey key);

    /** The attachment and its bytes; the caller closes the content. */
    Optional<Content> open(AttachmentKey key);

    /** Every attachment of the owner, by name. */
    List<Attachment> list(AttachmentOwner owner);

    /** @param created false when the same bytes were already stored under the key (a replay) */
    record Stored(Attachment attachment, boolean created) {
    }

    /** An attachment's bytes as a stream, read from the store as they are consumed. */
    record Content(Attachment attachment, InputStream bytes) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            bytes.close();
        }
    }
}
