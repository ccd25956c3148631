package org.qsp.credit.repair;

import java.time.Period;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long an enterprise waits before it may apply for credit repair (信用修复, DOMAIN §7).
 *
 * @param publicationAfter       a penalty publication: this long after it started
 * @param strictPublicationAfter the same for penalties in food, drugs and special equipment
 * @param seriousListAfter       a serious-dishonesty entry: this long after it was entered
 */
@Validated
@ConfigurationProperties("qsp.credit.repair")
public record RepairPolicy(@DefaultValue("P6M") @NotNull Period publicationAfter,
        @DefaultValue("P1Y") @NotNull Period strictPublicationAfter,
        @DefaultValue("P1Y") @NotNull Period seriousListAfter) {

    public static RepairPolicy defaults() {
        return new RepairPolicy(Period.ofMonths(6), Period.ofYears(1), Period.ofYears(1));
    }
}
