package org.qsp.inspection.sample;

import java.time.Duration;
import java.time.Instant;

import org.qsp.platform.errors.InvalidField;

/**
 * Which times a phone or a lab may report: none later than the server's clock plus the skew a
 * phone's clock may run ahead by, and no sampling older than the horizon (a form is filed within
 * days, not years; older paper forms are not for this API).
 *
 * @param clockSkew how far ahead of the server's clock a reported time may be
 * @param horizon   how long ago a sampling may have taken place
 */
public record TimeBounds(Duration clockSkew, Duration horizon) {

    public TimeBounds {
        if (clockSkew == null || clockSkew.isNegative()) {
            throw new IllegalArgumentException("the clock skew must be zero or more, not " + clockSkew);
        }
        if (horizon == null || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the sampling horizon must be positive, not " + horizon);
        }
    }

    /** 400 {@code timestamp-in-future} when {@code time} is beyond {@code now} plus the skew. */
    void requireNotInFuture(Instant time, Instant now, String field) {
        if (time.isAfter(now.plus(clockSkew))) {
            throw new InvalidField("timestamp-in-future", field, field + " " + time + " is in the future");
        }
    }

    /** 400 {@code timestamp-too-old} when {@code time} is before {@code now} minus the horizon. */
    void requireWithinHorizon(Instant time, Instant now, String field) {
        if (time.isBefore(now.minus(horizon))) {
            throw new InvalidField("timestamp-too-old", field, field + " " + time + " is more than " + horizon.toDays()
                    + " days ago");
        }
    }
}
