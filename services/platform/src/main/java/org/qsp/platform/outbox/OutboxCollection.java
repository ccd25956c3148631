package org.qsp.platform.outbox;

/** Declares a MongoDB collection of {@link OutboxDocument}s for the relay to sweep. */
public record OutboxCollection(String name) {
}
