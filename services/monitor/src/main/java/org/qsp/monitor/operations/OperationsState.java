package org.qsp.monitor.operations;

import java.time.Instant;
import java.util.List;

/**
 * The operators' view as of the last check: the broker's consumer lag and dead letters ({@link BrokerState}), the
 * lag above which a group raises an alert, and each service's outbox backlog with when it was read.
 */
public record OperationsState(Instant checkedAt, long lagBound, List<BrokerState.Lag> consumerLag,
        List<BrokerState.DeadLetterCount> deadLetters, Instant outboxCheckedAt, List<OutboxPending> outbox) {

    public static OperationsState of(BrokerState broker, long lagBound, Instant outboxCheckedAt,
            List<OutboxPending> outbox) {
        return new OperationsState(broker.checkedAt(), lagBound, broker.consumerLag(), broker.deadLetters(),
                outboxCheckedAt, List.copyOf(outbox));
    }
}
