package org.qsp.monitor.operations;

import java.util.Map;

/**
 * What one service's outbox held, as its {@code qsp.outbox.pending} gauge said: events waiting per collection and
 * their total. A service that could not be read is {@code reachable: false} with the reason, and no figures: an
 * unread service never shows as an empty outbox.
 */
public record OutboxPending(String service, boolean reachable, Map<String, Long> pending, Long total, String error) {

    public OutboxPending {
        pending = pending == null ? null : Map.copyOf(pending);
    }

    public static OutboxPending read(String service, Map<String, Long> pending) {
        return new OutboxPending(service, true, pending, pending.values().stream().mapToLong(Long::longValue).sum(),
                null);
    }

    public static OutboxPending unreachable(String service, String error) {
        return new OutboxPending(service, false, null, null, error);
    }
}
