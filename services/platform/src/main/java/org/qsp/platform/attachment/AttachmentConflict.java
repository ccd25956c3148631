package org.qsp.platform.attachment;

import org.qsp.platform.errors.Conflict;

/** Other bytes under an id that already holds an attachment (409 {@code attachment-conflict}). */
public class AttachmentConflict extends Conflict {

    AttachmentConflict(AttachmentKey key) {
        super("attachment-conflict", "attachment " + key.name() + " already holds other content");
    }
}
