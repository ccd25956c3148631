package org.qsp.platform;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * @param name         the service's name: its API prefix {@code /api/<name>}, its consumer group,
 *                     its {@code ce_source} {@code /qsp/<name>}
 * @param maxBodyBytes the largest request body accepted
 * @param bodyLimits   the largest body of the paths that need their own limit, by path pattern (a bulk import:
 *                     {@code "[/api/inspection/v1/pool/enterprises:import]": 512MB}); a body there is streamed, never
 *                     held whole
 * @param maxConcurrentRequests requests worked on at once; one more gets 503 {@code overloaded} at once (health
 *                     probes are never counted or refused)
 */
@Validated
@ConfigurationProperties("qsp.service")
public record PlatformProperties(@Pattern(regexp = "[a-z]+") String name,
        @DefaultValue("65536") long maxBodyBytes,
        @DefaultValue("16") @Min(1) int maxConcurrentRequests,
        @DefaultValue Map<String, DataSize> bodyLimits) {

    /** The per-path limits in bytes. */
    public Map<String, Long> bodyLimitBytes() {
        Map<String, Long> bytes = new java.util.LinkedHashMap<>();
        bodyLimits.forEach((path, size) -> bytes.put(path, size.toBytes()));
        return bytes;
    }
}
