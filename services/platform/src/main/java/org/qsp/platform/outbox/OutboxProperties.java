package org.qsp.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sweepInterval how often the relay looks for events that the immediate publish missed
 * @param lease         how long one relay instance owns an aggregate's outbox
 * @param sendTimeout   how long to wait for the broker's acknowledgement of one event
 * @param sweepBatch    how many aggregates one sweep handles per collection
 * @param threads       relay threads for immediate publishing
 */
@ConfigurationProperties("qsp.outbox")
public record OutboxProperties(@DefaultValue("2s") Duration sweepInterval, @DefaultValue("30s") Duration lease,
        @DefaultValue("15s") Duration sendTimeout, @DefaultValue("200") int sweepBatch,
        @DefaultValue("2") int threads) {
}
