package org.qsp.credit.registry;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk imports into the registry.
 *
 * @param batchSize     rows per bulk write (one query and one bulk write per batch) and per progress write
 * @param staleAfter    a RUNNING job without a heartbeat for this long reads FAILED (its process died)
 * @param maxConcurrent imports running at once per instance; one more is refused with 422 {@code imports-busy}
 */
@Validated
@ConfigurationProperties("qsp.credit.registry.import")
public record RegistryProperties(@DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("30s") Duration staleAfter, @DefaultValue("2") @Min(1) int maxConcurrent) {
}
