package org.qsp.recall.recalls;

import java.time.Instant;

/** The regulator's review of a plan: accepted, or changes requested with notes (for the producer, not the public). */
public record Review(Decision decision, String notes, Instant at) {

    public enum Decision {
        ACCEPT, REQUEST_CHANGES
    }
}
