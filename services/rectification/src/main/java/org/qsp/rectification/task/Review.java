package org.qsp.rectification.task;

import java.time.Instant;
import java.util.Objects;

/** The regulator's review of a report: accepted (the re-check is requested) or sent back for more information. */
public record Review(Decision decision, String note, String reviewedBy, Instant reviewedAt) {

    public enum Decision {
        /** The measures suffice on paper: the authority re-checks the enterprise (复查). */
        ACCEPT,
        /** Something is missing: the enterprise sends a new report. */
        MORE_INFORMATION
    }

    /** Whether a review with this decision and note would decide the same (a retried request). */
    boolean decides(Decision otherDecision, String otherNote) {
        return decision == otherDecision && Objects.equals(note, otherNote);
    }
}
