package org.qsp.chaos;

import java.time.Duration;
import java.util.Optional;

/**
 * What one HTTP request got: a status (with the {@code Retry-After} it carried and, for an
 * {@code application/problem+json} body, the problem's {@code code}), or no answer at all, and how long it took.
 *
 * @param problemCode the {@code code} of a problem+json answer; null for any other body
 */
record Answer(Outcome outcome, int status, Optional<Duration> retryAfter, String problemCode, long millis) {

    /** How the driver counts an answer; {@link #OTHER_STATUS} keeps its status code beside it. */
    enum Outcome {
        OK, TOO_MANY_REQUESTS, UNAVAILABLE, OTHER_STATUS, TIMEOUT, CONNECTION_ERROR
    }

    static Answer status(int status, Optional<Duration> retryAfter, String problemCode, long millis) {
        Outcome outcome = switch (status) {
            case 429 -> Outcome.TOO_MANY_REQUESTS;
            case 503 -> Outcome.UNAVAILABLE;
            default -> status / 100 == 2 ? Outcome.OK : Outcome.OTHER_STATUS;
        };
        return new Answer(outcome, status, retryAfter, problemCode, millis);
    }

    static Answer timeout(long millis) {
        return new Answer(Outcome.TIMEOUT, 0, Optional.empty(), null, millis);
    }

    static Answer connectionError(long millis) {
        return new Answer(Outcome.CONNECTION_ERROR, 0, Optional.empty(), null, millis);
    }

    boolean problemJson() {
        return problemCode != null;
    }

    boolean acknowledged() {
        return outcome == Outcome.OK;
    }

    boolean rejected() {
        return outcome == Outcome.TOO_MANY_REQUESTS || outcome == Outcome.UNAVAILABLE;
    }

    /** Worth sending the same request again: no answer, 429 or any 5xx. */
    boolean retryable() {
        return outcome == Outcome.TIMEOUT || outcome == Outcome.CONNECTION_ERROR || status == 429 || status >= 500;
    }

    @Override
    public String toString() {
        return status == 0 ? outcome.name().toLowerCase() : "HTTP " + status;
    }
}
