package org.qsp.monitor.operations;

import java.time.Instant;
import java.util.List;

/**
 * What the broker said at {@code checkedAt}: how far each consumer group is behind on each topic it reads, and how
 * many records each dead-letter topic holds.
 */
public record BrokerState(Instant checkedAt, List<Lag> consumerLag, List<DeadLetterCount> deadLetters) {

    public record Lag(String group, String topic, long lag) {
    }

    public record DeadLetterCount(String topic, long count) {
    }

    public static BrokerState none() {
        return new BrokerState(null, List.of(), List.of());
    }
}
