package org.qsp.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate document that raises events. A state change and its events are saved
 * in one single-document write (with the optimistic {@code version} check); the relay publishes
 * {@code outbox} afterwards and removes what the broker acknowledged.
 *
 * <p>The relay changes {@code outbox}, {@code outboxLease} and {@code version} with targeted
 * updates, so a use case that loaded the document before the relay touched it fails its save
 * with an optimistic-locking error and is run again (see {@code OptimisticRetry}).
 */
public abstract class OutboxDocument {

    public static final String VERSION = "version";
    public static final String OUTBOX = "outbox";
    public static final String LEASE = "outboxLease";

    @Version
    private Long version;

    private List<OutboxEvent> outbox = new ArrayList<>();

    private OutboxLease outboxLease;

    public Long getVersion() {
        return version;
    }

    public List<OutboxEvent> getOutbox() {
        return List.copyOf(outbox);
    }

    public OutboxLease getOutboxLease() {
        return outboxLease;
    }

    protected void raise(OutboxEvent event) {
        outbox.add(event);
    }
}
