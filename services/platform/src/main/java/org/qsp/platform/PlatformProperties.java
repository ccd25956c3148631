package org.qsp.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * @param name         the service's name: its API prefix {@code /api/<name>}, its consumer group,
 *                     its {@code ce_source} {@code /qsp/<name>}
 * @param maxBodyBytes the largest request body accepted
 * @param maxConcurrentRequests requests worked on at once; one more gets 503 {@code overloaded} at once (health
 *                     probes are never counted or refused)
 */
@Validated
@ConfigurationProperties("qsp.service")
public record PlatformProperties(@Pattern(regexp = "[a-z]+") String name,
        @DefaultValue("65536") long maxBodyBytes,
        @DefaultValue("16") @Min(1) int maxConcurrentRequests) {
}
