package org.qsp.inspection.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sampling tasks (local practice [L]).
 *
 * @param targetedWorkingDays a targeted task (complaint cluster) is due this many working days after the detection
 */
@Validated
@ConfigurationProperties("qsp.inspection.tasks")
public record TaskProperties(@DefaultValue("15") @Min(1) @Max(120) int targetedWorkingDays) {
}
