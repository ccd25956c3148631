package org.qsp.rectification.task.web;

import java.time.Instant;
import java.util.List;

import org.qsp.platform.attachment.Attachment;

/** A stored evidence attachment as the API shows it. */
record EvidenceView(String evidenceId, String sha256, long bytes, String contentType, Instant storedAt) {

    static EvidenceView of(Attachment evidence) {
        return new EvidenceView(evidence.key().name(), evidence.sha256(), evidence.bytes(), evidence.contentType(),
                evidence.storedAt());
    }

    /** A task's evidence, by id. */
    record Items(List<EvidenceView> items) {
    }
}
