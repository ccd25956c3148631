package org.qsp.rectification.notification;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notices reach the enterprises.
 *
 * @param retrySchedule         the waits before the 2nd, 3rd, … attempt (Standard Webhooks' 5 s … 10 h); after the
 *                              last one's attempt fails, the delivery is FAILED
 * @param jitter                each wait is stretched or shortened by up to this fraction, at random
 * @param pollInterval          how often due deliveries are looked for (a new notice is sent at once, without
 *                              waiting for the poll)
 * @param batchSize             deliveries claimed per round
 * @param parallelism           attempts in flight together
 * @param lease                 how long a worker owns the deliveries it claimed (longer than any attempt may take)
 * @param connectTimeout        of a webhook's TCP/TLS connection
 * @param requestTimeout        of a webhook's whole request, answer included
 * @param secretGrace           how long a rotated-away secret still signs deliveries
 * @param localTargetsAllowed   the local demo's receivers: http and loopback webhook URLs (never in production)
 * @param publicBaseUrl         where the links in emails point (the gateway)
 * @param mailFrom              the sender of notice emails
 * @param maxSubscriptions      per enterprise
 */
@Validated
@ConfigurationProperties("qsp.rectification.notification")
public record NotificationProperties(
        @NotEmpty @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h"}) List<@NotNull Duration> retrySchedule,
        @DecimalMin("0.0") @DecimalMax("0.5") @DefaultValue("0.1") double jitter,
        @NotNull @DurationMin(millis = 10) @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @Min(1) @Max(256) @DefaultValue("16") int parallelism,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration lease,
        @NotNull @DurationMin(millis = 100) @DefaultValue("3s") Duration connectTimeout,
        @NotNull @DurationMin(millis = 100) @DefaultValue("10s") Duration requestTimeout,
        @NotNull @DefaultValue("24h") Duration secretGrace,
        @DefaultValue("false") boolean localTargetsAllowed,
        @NotNull @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @NotNull @DefaultValue("notices@qsp.example") String mailFrom,
        @Min(1) @Max(100) @DefaultValue("20") int maxSubscriptions) {
}
