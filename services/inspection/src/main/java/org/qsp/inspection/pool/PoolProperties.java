package org.qsp.inspection.pool;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk imports into the enterprise pool.
 *
 * @param batchSize     rows per bulk upsert (and per progress write)
 * @param staleAfter    a RUNNING job without a heartbeat for this long reads FAILED (its process died)
 * @param maxConcurrent imports running at once per instance; one more is refused with 503 {@code imports-busy}
 */
@Validated
@ConfigurationProperties("qsp.inspection.pool.import")
public record PoolProperties(@DefaultValue("1000") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("30s") Duration staleAfter, @DefaultValue("2") @Min(1) int maxConcurrent) {
}
