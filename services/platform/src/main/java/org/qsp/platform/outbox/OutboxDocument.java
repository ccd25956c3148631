package org.qsp.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate that raises events. The aggregate calls {@link #raise} with a contract
 * record; on save the platform turns each raised record into a stamped, schema-checked CloudEvent
 * in {@code outbox} (see {@link OutboxStamping}), in the same single-document write as the state
 * change (with the optimistic {@code version} check), and publishes it after the save.
 *
 * <p>The relay changes {@code outbox}, {@code outboxLease} and {@code version} with targeted
 * updates, so a use case that loaded the document before the relay touched it fails its save with
 * an optimistic-locking error and is run again by the {@code AggregateStore}.
 */
public abstract class OutboxDocument {

    public static final String VERSION = "version";
    public static final String OUTBOX = "outbox";
    public static final String LEASE = "outboxLease";

    @Version
    private Long version;

    private List<OutboxEvent> outbox = new ArrayList<>();

    private OutboxLease outboxLease;

    @Transient
    private List<Object> raised = new ArrayList<>();

    /** Raises an event: a payload record of the event catalog, published after the next save. */
    protected void raise(Object event) {
        if (event == null) {
            throw new IllegalArgumentException("an event is a contract record, not null");
        }
        raised().add(event);
    }

    /**
     * The Kafka key and CloudEvents subject of the events this aggregate raises; null (the default) is the aggregate
     * id. An aggregate that belongs to a bigger subject whose consumers key by it (a credit list entry of an enterprise, on
     * {@code credit.enterprises} keyed by USCC) names that subject here. Per-key order then holds for each
     * aggregate's own events; events of two aggregates under one key keep the order in which they were relayed.
     */
    protected String eventKey() {
        return null;
    }

    /** The events raised since the last save, in raising order (what a unit test of the aggregate checks). */
    public List<Object> raisedEvents() {
        return List.copyOf(raised());
    }

    /** The stamped events saved with the document and not yet acknowledged by the broker. */
    public List<OutboxEvent> getOutbox() {
        return List.copyOf(outbox);
    }

    public OutboxLease getOutboxLease() {
        return outboxLease;
    }

    public Long getVersion() {
        return version;
    }

    /** Moves the raised events, stamped, into the outbox; called by the platform just before a save. */
    final void stampRaised(java.util.function.Function<Object, OutboxEvent> stamp) {
        List<Object> pending = raised();
        if (pending.isEmpty()) {
            return;
        }
        for (Object event : pending) {
            outbox.add(stamp.apply(event));
        }
        pending.clear();
    }

    /** Never null, whichever way the mapping instantiated the aggregate. */
    private List<Object> raised() {
        if (raised == null) {
            raised = new ArrayList<>();
        }
        return raised;
    }
}
