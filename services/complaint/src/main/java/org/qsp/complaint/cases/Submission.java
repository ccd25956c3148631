package org.qsp.complaint.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An intake as the client sent it (after the web layer's type and size checks). Its text form is the fingerprint
 * the Idempotency-Key is compared with: the same key with another submission is a 409.
 */
public record Submission(Kind kind, Person complainant, Person reporter, Respondent respondent, String category,
        Map<String, Object> attributes, String request, String facts, Channel channel, Instant receivedAt,
        List<String> attachments) {

    public enum Kind {
        COMPLAINT, REPORT, BOTH
    }

    public Submission {
        attributes = attributes == null ? Map.of() : new TreeMap<>(attributes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
