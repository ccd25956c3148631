package org.qsp.monitor.enterprise;

import java.time.Instant;

/**
 * An enterprise as the events told the monitor: its name and region, and its credit class and score as of the last
 * class change (null before one).
 */
public record Enterprise(String uscc, String name, String region, String creditClass, Integer creditScore,
        Instant classChangedAt) {
}
