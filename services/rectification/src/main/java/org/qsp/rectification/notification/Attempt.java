package org.qsp.rectification.notification;

import java.time.Instant;

/**
 * One try to hand a notice over: the HTTP status the receiver answered (250 for a message the SMTP server accepted),
 * or, when there was no answer, what went wrong (never the response body).
 */
public record Attempt(Instant at, Integer responseCode, String error, long millis) {

    public boolean accepted() {
        return responseCode != null && responseCode >= 200 && responseCode < 300;
    }
}
