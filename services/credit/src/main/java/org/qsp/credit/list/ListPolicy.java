package org.qsp.credit.list;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules of the credit lists (DOMAIN §7), as configuration where they are local practice.
 *
 * @param seriousFineAbove   a fine above this (CNY) is a heavier penalty (较重行政处罚); confiscation, suspension and
 *                           licence revocation always are
 * @param seriousPeriod      how long an enterprise stays on the serious-dishonesty list
 * @param abnormalMovesAfter how long on the abnormal-operation list without fixing moves it to the serious list
 * @param checkInterval      how often the list check (expiry, the abnormal-to-serious move) runs; it is idempotent
 */
@Validated
@ConfigurationProperties("qsp.credit.lists")
public record ListPolicy(@DefaultValue("100000") @NotNull BigDecimal seriousFineAbove,
        @DefaultValue("P3Y") @NotNull Period seriousPeriod, @DefaultValue("P3Y") @NotNull Period abnormalMovesAfter,
        @DefaultValue("1d") @NotNull Duration checkInterval) {

    public static ListPolicy defaults() {
        return new ListPolicy(new BigDecimal("100000"), Period.ofYears(3), Period.ofYears(3), Duration.ofDays(1));
    }
}
