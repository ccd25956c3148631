package org.qsp.recall.recalls;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.recall.defect.DeadlineKind;

/**
 * One deadline of a recall: its last day (none for a deadline in hours), the first moment it is missed, and whether
 * it was met, missed (and perhaps met late) or cancelled (the recall closed first).
 */
public record Deadline(DeadlineKind kind, LocalDate lastDay, Instant missedFrom, Instant metAt, Instant missedAt,
        Instant cancelledAt) {

    static Deadline due(DeadlineKind kind, LocalDate lastDay, Instant missedFrom) {
        return new Deadline(kind, lastDay, missedFrom, null, null, null);
    }

    /** Still to be met (whether missed already or not). */
    public boolean open() {
        return metAt == null && cancelledAt == null;
    }

    /** Open and not yet found missed: what the overdue check looks at. */
    boolean pending() {
        return open() && missedAt == null;
    }

    Deadline met(Instant at) {
        return new Deadline(kind, lastDay, missedFrom, at, missedAt, cancelledAt);
    }

    Deadline missed(Instant at) {
        return new Deadline(kind, lastDay, missedFrom, metAt, at, cancelledAt);
    }

    Deadline cancelled(Instant at) {
        return new Deadline(kind, lastDay, missedFrom, metAt, missedAt, at);
    }
}
