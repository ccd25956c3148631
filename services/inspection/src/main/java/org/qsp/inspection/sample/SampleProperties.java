package org.qsp.inspection.sample;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param clockSkew how far ahead of the server's clock a phone's timestamp (sampledAt, concludedAt)
 *                  may be before it counts as "in the future" and is refused
 */
@Validated
@ConfigurationProperties("qsp.inspection.samples")
public record SampleProperties(@NotNull @DefaultValue("5m") Duration clockSkew) {

    public SampleProperties {
        if (clockSkew != null && clockSkew.isNegative()) {
            throw new IllegalArgumentException("qsp.inspection.samples.clock-skew must not be negative");
        }
    }
}
