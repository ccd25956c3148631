package org.qsp.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param replicationFactor  replicas of every QSP topic (1 for the local broker, 3 in real clusters)
 * @param minInsyncReplicas  {@code min.insync.replicas} of every topic (2 in real clusters)
 * @param transientBackOffMax longest pause between retries of a transient fault (store or broker down);
 *                           such retries never give up
 * @param otherAttempts      retries of an unexpected error before the record goes to the dead-letter topic
 */
@ConfigurationProperties("qsp.kafka")
public record QspKafkaProperties(@DefaultValue("1") short replicationFactor,
        @DefaultValue("1") int minInsyncReplicas, @DefaultValue("10s") Duration transientBackOffMax,
        @DefaultValue("3") int otherAttempts) {
}
