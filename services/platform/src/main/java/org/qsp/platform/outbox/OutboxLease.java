package org.qsp.platform.outbox;

import java.time.Instant;

/**
 * Which relay instance publishes an aggregate's events, until when, and in which of its rounds
 * (two rounds of one instance never publish the same aggregate).
 */
public record OutboxLease(String owner, Instant until, String round) {
}
