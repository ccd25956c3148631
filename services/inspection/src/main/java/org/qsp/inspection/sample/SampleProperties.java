package org.qsp.inspection.sample;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The time bounds of forms and results, checked at start ({@link TimeBounds}).
 *
 * @param clockSkew how far ahead of the server's clock a phone's timestamp (sampledAt, concludedAt)
 *                  may be before it counts as "in the future" and is refused (zero or more)
 * @param horizon   how long ago a sampling may have taken place (sampledAt); positive
 * @param objectionDays       an objection to a manufactured product's FAIL within this many calendar days of the
 *                            result notice (15, DOMAIN.md §3 [S])
 * @param retestWorkingDays   a re-test application for a food or agricultural FAIL within this many working days
 *                            (7, DOMAIN.md §3 [S])
 * @param windowCheckInterval how often FAILs whose window passed unopposed are finalized
 * @param taskLinkInterval    how often visits whose task was not told of them (a crash between the two writes) are
 *                            settled
 */
@Validated
@ConfigurationProperties("qsp.inspection.samples")
public record SampleProperties(@NotNull @DefaultValue("5m") Duration clockSkew,
        @NotNull @DefaultValue("365d") Duration horizon,
        @DefaultValue("15") @Min(1) @Max(365) int objectionDays,
        @DefaultValue("7") @Min(1) @Max(100) int retestWorkingDays,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration windowCheckInterval,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration taskLinkInterval) {

    public SampleProperties {
        if (clockSkew != null && horizon != null) {
            bounds(clockSkew, horizon);
        }
    }

    public TimeBounds bounds() {
        return bounds(clockSkew, horizon);
    }

    private static TimeBounds bounds(Duration clockSkew, Duration horizon) {
        try {
            return new TimeBounds(clockSkew, horizon);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("qsp.inspection.samples: " + e.getMessage(), e);
        }
    }
}
