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
 * @param recheckLeadDays      an overdue task (no accepted report) has its re-check requested this many days before
 *                             its re-check day, due by that day (ADR 0024)
 * @param secondRecheckFromDays calendar days after the public notice from which the second re-check is requested (60)
 * @param secondRecheckByDays  calendar days after the public notice by which the second re-check is due (90)
 */
@Validated
@ConfigurationProperties("qsp.rectification")
public record RectificationProperties(
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration overdueCheckInterval,
        @Min(1) @DefaultValue("60") int correctionDays,
        @Min(1) @DefaultValue("75") int recheckDays,
        @Min(1) @Max(10_000) @DefaultValue("200") int overdueBatchSize,
        @Min(0) @DefaultValue("10") int recheckLeadDays,
        @Min(1) @DefaultValue("60") int secondRecheckFromDays,
        @Min(1) @DefaultValue("90") int secondRecheckByDays) {

    @AssertTrue(message = "recheck-days must not be fewer than correction-days")
    public boolean isRecheckAfterCorrection() {
        return recheckDays >= correctionDays;
    }

    @AssertTrue(message = "second-recheck-by-days must not be fewer than second-recheck-from-days")
    public boolean isSecondRecheckWindowOrdered() {
        return secondRecheckByDays >= secondRecheckFromDays;
    }
}
