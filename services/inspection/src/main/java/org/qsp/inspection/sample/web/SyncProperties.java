package org.qsp.inspection.sample.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The phones' batch sync ({@code POST /api/inspection/v1/sync}).
 *
 * @param maxItems how many items one batch may hold (1 to 1000); a larger batch is refused whole, 400
 *                 {@code too-many-items}. The body limit of the path ({@code qsp.service.body-limits}) bounds it too.
 */
@Validated
@ConfigurationProperties("qsp.inspection.sync")
public record SyncProperties(@DefaultValue("100") @Min(1) @Max(1000) int maxItems) {
}
