package org.qsp.platform.outbox;

import java.time.Instant;

/** Which relay instance publishes an aggregate's events, until when. */
public record OutboxLease(String owner, Instant until) {
}
