package org.qsp.credit.reclassification;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The monthly re-classification (DOMAIN.md §7: classes are recomputed nationally every month).
 *
 * @param cron          when the scheduled run starts (Spring cron, six fields), in {@code zone}
 * @param zone          the time zone of {@code cron}
 * @param batchSize     enterprises per batch: one query for them, one for their records, one bulk write
 * @param lease         how long an instance holds the run without renewing (it renews with every batch); a run
 *                      whose instance died is taken over once this has passed
 * @param sweepInterval how often an instance looks for a run whose instance died, to resume it
 */
@Validated
@ConfigurationProperties("qsp.credit.reclassification")
public record ReclassificationProperties(@DefaultValue("0 0 2 1 * *") @NotBlank String cron,
        @DefaultValue("Asia/Shanghai") @NotBlank String zone,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("5m") Duration sweepInterval) {
}
