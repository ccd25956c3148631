package org.qsp.inspection.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qsp.inspection.pool.RiskClass;
import org.qsp.platform.errors.InvalidField;

/**
 * The share of each credit class's eligible pool that a draw picks (0 to 1, at most four decimals): with A 0.05 a
 * draw picks 5 % of the eligible class-A enterprises, with D 0.70 seventy per cent of the class-D ones. Not a share of
 * the batch: a class with no enterprises picks none, and the batch count only caps the total (docs/adr/0018).
 */
public record ClassRatios(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {

    /** The largest number of decimals a ratio may have: the draw rounds with a draw out of 10^4. */
    public static final int SCALE = 4;

    public ClassRatios {
        a = checked("A", a);
        b = checked("B", b);
        c = checked("C", c);
        d = checked("D", d);
    }

    public static ClassRatios of(Map<RiskClass, BigDecimal> ratios) {
        return new ClassRatios(ratios.get(RiskClass.A), ratios.get(RiskClass.B), ratios.get(RiskClass.C),
                ratios.get(RiskClass.D));
    }

    public BigDecimal of(RiskClass riskClass) {
        return switch (riskClass) {
            case A -> a;
            case B -> b;
            case C -> c;
            case D -> d;
        };
    }

    public Map<RiskClass, BigDecimal> asMap() {
        Map<RiskClass, BigDecimal> map = new EnumMap<>(RiskClass.class);
        for (RiskClass riskClass : RiskClass.values()) {
            map.put(riskClass, of(riskClass));
        }
        return map;
    }

    /** By class letter, in class order (what the event and the views carry). */
    public Map<String, BigDecimal> byLetter() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        asMap().forEach((k, v) -> map.put(k.name(), v));
        return map;
    }

    private static BigDecimal checked(String letter, BigDecimal ratio) {
        String field = "classRatios." + letter;
        if (ratio == null) {
            throw new InvalidField("validation-failed", field, "a ratio for class " + letter + " is required");
        }
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidField("validation-failed", field, "must be between 0 and 1");
        }
        BigDecimal stripped = ratio.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new InvalidField("validation-failed", field, "at most " + SCALE + " decimals");
        }
        return ratio.setScale(SCALE);
    }
}
