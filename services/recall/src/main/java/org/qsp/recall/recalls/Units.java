package org.qsp.recall.recalls;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.qsp.platform.errors.InvalidField;

/**
 * What came of the units affected so far, each unit counted once under what was done with it: recovered (taken back),
 * repaired, replaced, refunded. Figures are cumulative: a report never lowers one.
 */
public record Units(int recovered, int repaired, int replaced, int refunded) {

    public static final Units NONE = new Units(0, 0, 0, 0);

    public long handled() {
        return (long) recovered + repaired + replaced + refunded;
    }

    /** Handled ÷ affected, 0 to 1, three decimals. */
    public BigDecimal completionRate(int affected) {
        return BigDecimal.valueOf(handled()).divide(BigDecimal.valueOf(affected), 3, RoundingMode.DOWN);
    }

    /** No figure above the units affected, all together not either, none below {@code before}: else a 400. */
    public void check(int affected, Units before) {
        String[] names = {"unitsRecovered", "unitsRepaired", "unitsReplaced", "unitsRefunded"};
        int[] now = {recovered, repaired, replaced, refunded};
        int[] then = {before.recovered, before.repaired, before.replaced, before.refunded};
        for (int i = 0; i < names.length; i++) {
            if (now[i] > affected) {
                throw new InvalidField("units-exceed-affected", names[i],
                        "the " + now[i] + " units are more than the " + affected + " affected");
            }
        }
        if (handled() > affected) {
            throw new InvalidField("units-exceed-affected", "unitsRefunded", "recovered, repaired, replaced and "
                    + "refunded add up to " + handled() + ", more than the " + affected + " units affected");
        }
        for (int i = 0; i < names.length; i++) {
            if (now[i] < then[i]) {
                throw new InvalidField("units-decreased", names[i],
                        "figures are cumulative: " + now[i] + " is below the " + then[i] + " reported before");
            }
        }
    }
}
