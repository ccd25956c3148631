package org.qsp.platform.web;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.qsp.platform.attachment.AttachmentStore;

/**
 * An attachment as a download: its type and length as stored, its SHA-256 as the ETag, private and revalidated
 * (whoever may read it is checked on every request), the bytes streamed from the store.
 */
public final class AttachmentDownload {

    private AttachmentDownload() {
    }

    public static ResponseEntity<InputStreamResource> of(AttachmentStore.Content content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .contentLength(content.attachment().bytes())
                .eTag("\"" + content.attachment().sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new InputStreamResource(content.bytes()));
    }
}
