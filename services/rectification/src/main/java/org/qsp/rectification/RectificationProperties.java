package org.qsp.rectification;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules and rhythm of rectification. The time zone and the working-day calendar are the
 * platform's ({@code qsp.calendar.*}).
 *
 * @param overdueCheckInterval how often tasks past their correction deadline are marked overdue
 * @param correctionDays       calendar days after the order within which the enterprise corrects
 *                             (60, product sampling rules Art. 44–50)
 * @param recheckDays          calendar days after the order within which the authority re-checks (75)
 * @param overdueBatchSize     tasks loaded per query of the overdue check
 */
@Validated
@ConfigurationProperties("qsp.rectification")
public record RectificationProperties(
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration overdueCheckInterval,
        @Min(1) @DefaultValue("60") int correctionDays,
        @Min(1) @DefaultValue("75") int recheckDays,
        @Min(1) @Max(10_000) @DefaultValue("200") int overdueBatchSize) {

    @AssertTrue(message = "recheck-days must not be fewer than correction-days")
    public boolean isRecheckAfterCorrection() {
        return recheckDays >= correctionDays;
    }
}
