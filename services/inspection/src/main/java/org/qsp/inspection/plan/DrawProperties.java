package org.qsp.inspection.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.qsp.inspection.pool.RiskClass;

/**
 * How draws weigh credit classes (DOMAIN.md §3, local practice [L]: configuration, checked at start).
 *
 * @param classRatios   the ratios of a plan that names none: the share of each class's eligible pool drawn
 * @param classBands    the lowest and highest ratio a plan may give each class, as "low-high" (one locality: A at
 *                      most 5 %, B 5–20 %, C 21–60 %, D 61–100 %)
 * @param maxBatchCount the largest batch count of a plan (a draw picks at most that many enterprises)
 * @param exclusionMonths how far back an authority's own draws exclude an enterprise for the same category
 */
@Validated
@ConfigurationProperties("qsp.inspection.draw")
public record DrawProperties(Map<RiskClass, BigDecimal> classRatios, Map<RiskClass, String> classBands,
        @DefaultValue("20000") @Min(1) @Max(100_000) int maxBatchCount,
        @DefaultValue("6") @Min(1) @Max(60) int exclusionMonths) {

    public DrawProperties {
        classBands = withDefaults(classBands, Map.of(RiskClass.A, "0-0.05", RiskClass.B, "0.05-0.20", RiskClass.C,
                "0.21-0.60", RiskClass.D, "0.61-1"));
        classRatios = withDefaults(classRatios, Map.of(RiskClass.A, new BigDecimal("0.05"), RiskClass.B,
                new BigDecimal("0.15"), RiskClass.C, new BigDecimal("0.40"), RiskClass.D, new BigDecimal("0.70")));
        ClassRatios defaults = ClassRatios.of(classRatios);
        for (RiskClass riskClass : RiskClass.values()) {
            band(classBands, riskClass);
            if (!inBand(classBands, riskClass, defaults.of(riskClass))) {
                throw new IllegalArgumentException("qsp.inspection.draw.class-ratios." + riskClass + " "
                        + defaults.of(riskClass) + " is outside its band " + classBands.get(riskClass));
            }
        }
    }

    public ClassRatios defaultRatios() {
        return ClassRatios.of(classRatios);
    }

    /** Whether the ratio lies within the class's configured band (both ends included). */
    public boolean inBand(RiskClass riskClass, BigDecimal ratio) {
        return inBand(classBands, riskClass, ratio);
    }

    public String band(RiskClass riskClass) {
        return classBands.get(riskClass);
    }

    private static boolean inBand(Map<RiskClass, String> bands, RiskClass riskClass, BigDecimal ratio) {
        BigDecimal[] band = band(bands, riskClass);
        return ratio.compareTo(band[0]) >= 0 && ratio.compareTo(band[1]) <= 0;
    }

    private static BigDecimal[] band(Map<RiskClass, String> bands, RiskClass riskClass) {
        String text = bands.get(riskClass);
        String[] ends = text == null ? new String[0] : text.split("-");
        try {
            BigDecimal low = new BigDecimal(ends[0].trim());
            BigDecimal high = new BigDecimal(ends[1].trim());
            if (ends.length != 2 || low.signum() < 0 || high.compareTo(BigDecimal.ONE) > 0 || low.compareTo(high) > 0) {
                throw new IllegalArgumentException();
            }
            return new BigDecimal[] {low, high};
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("qsp.inspection.draw.class-bands." + riskClass + " must be 'low-high' "
                    + "with 0 <= low <= high <= 1, not " + text);
        }
    }

    private static <V> Map<RiskClass, V> withDefaults(Map<RiskClass, V> given, Map<RiskClass, V> defaults) {
        Map<RiskClass, V> merged = new EnumMap<>(defaults);
        if (given != null) {
            merged.putAll(given);
        }
        return Map.copyOf(merged);
    }
}
