package org.qsp.credit.penalty;

import java.math.BigDecimal;
import java.time.Period;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The periods of penalty publication (行政处罚信息公示, DOMAIN §7 [R]).
 *
 * @param publishWithinWorkingDays a decision is published within this many working days of the day it was made
 * @param withdrawWithinWorkingDays a revoked decision is withdrawn within this many working days of its revocation
 * @param shortPeriod   how long a light penalty is shown: a warning, a criticism, a fine of at most
 *                      {@code smallFineMax}
 * @param longPeriod    how long every other penalty is shown
 * @param smallFineMax  the largest fine (CNY) that is a small fine
 */
@Validated
@ConfigurationProperties("qsp.credit.publication")
public record PublicationPolicy(@DefaultValue("20") @Min(1) int publishWithinWorkingDays,
        @DefaultValue("3") @Min(1) int withdrawWithinWorkingDays, @DefaultValue("P3M") @NotNull Period shortPeriod,
        @DefaultValue("P3Y") @NotNull Period longPeriod, @DefaultValue("10000") @NotNull BigDecimal smallFineMax) {

    /** The policy of DOMAIN §7 with a small fine of at most 10,000 CNY. */
    public static PublicationPolicy defaults() {
        return new PublicationPolicy(20, 3, Period.ofMonths(3), Period.ofYears(3), new BigDecimal("10000"));
    }
}
