package org.qsp.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a service under test: it follows the system clock until a test {@link #set}s it
 * (then it stands still) or {@link #advance}s it. {@link QspServiceTest} resets it after each test.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** From now on the time is {@code instant}, until set, advanced or reset again. */
    public void set(Instant instant) {
        fixed = instant;
        offset = Duration.ZERO;
    }

    /** Moves the time forward (a fixed time or the running system time). */
    public void advance(Duration by) {
        Instant current = fixed;
        if (current != null) {
            fixed = current.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant current = fixed;
        return current != null ? current : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
