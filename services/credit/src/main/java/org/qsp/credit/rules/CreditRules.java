package org.qsp.credit.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The credit scoring model (DOMAIN §7: national weights are not public, so the model is
 * configuration). A score is the base score plus the points of every record, bounded by the floor
 * and the ceiling ([0, 100] by default): the unbounded sum is kept beside it, so that the
 * explanation still adds up. The class is the first class, from A down, whose lowest score the
 * score reaches; the last class (D) takes every score below the others. Checked when the service
 * starts: every record type has points, every class but the last has a lowest score, those lowest
 * scores fall strictly from A down and lie above the floor and at most at the ceiling, and the base
 * score lies within the bounds.
 *
 * @param baseScore the score of an enterprise without records
 * @param minScore  the floor: no score is lower, however many records lower it
 * @param maxScore  the ceiling: no score is higher
 * @param points    points of each record type (negative: the record lowers the score)
 * @param classes   the lowest score of each class but the last
 */
@Validated
@ConfigurationProperties("qsp.credit.rules")
public record CreditRules(int baseScore, @DefaultValue("0") int minScore, @DefaultValue("100") int maxScore,
        @NotNull Map<RecordType, Integer> points, @NotNull Map<RiskClass, Integer> classes) {

    private static final RiskClass LOWEST = RiskClass.values()[RiskClass.values().length - 1];

    @ConstructorBinding
    public CreditRules {
        if (minScore >= maxScore) {
            throw new IllegalArgumentException("qsp.credit.rules: min-score (" + minScore
                    + ") must be below max-score (" + maxScore + ")");
        }
        if (baseScore < minScore || baseScore > maxScore) {
            throw new IllegalArgumentException("qsp.credit.rules: base-score (" + baseScore + ") must lie within ["
                    + minScore + ", " + maxScore + "]");
        }
        points = checkedPoints(points);
        classes = checkedClasses(classes, minScore, maxScore);
    }

    /** The model with the default bounds [0, 100]. */
    public CreditRules(int baseScore, Map<RecordType, Integer> points, Map<RiskClass, Integer> classes) {
        this(baseScore, 0, 100, points, classes);
    }

    public int points(RecordType type) {
        return points.get(type);
    }

    public RiskClass classify(int score) {
        return classes.entrySet().stream().filter(c -> score >= c.getValue()).map(Map.Entry::getKey).findFirst()
                .orElse(LOWEST);
    }

    /** Where an enterprise without records stands: the base score and its class. */
    public Assessment starting() {
        return assess(Map.of());
    }

    /**
     * Scores an enterprise from how many records of each type count: the base score plus, per type,
     * the number of records times the points of one, bounded by the floor and the ceiling. The
     * explanation has one line per type with records (also a type worth no points, and also the
     * records beyond the floor), in the order of {@link RecordType}; its size does not grow with the
     * number of records. The sum before bounding is the assessment's {@code unboundedScore}. A counted record of a
     * type that {@linkplain RecordType#forcesLowestClass forces the lowest class} (the serious-dishonesty list) puts
     * the enterprise there whatever its score; its line in the explanation says why.
     */
    public Assessment assess(Map<RecordType, Integer> counted) {
        List<Contribution> explanation = new ArrayList<>();
        long sum = baseScore;
        for (RecordType type : RecordType.values()) {
            int records = counted.getOrDefault(type, 0);
            if (records > 0) {
                Contribution contribution = new Contribution(type, records, points(type));
                explanation.add(contribution);
                sum += (long) records * points(type);
            }
        }
        int unbounded = (int) Math.clamp(sum, Integer.MIN_VALUE, Integer.MAX_VALUE);
        int score = Math.clamp(unbounded, minScore, maxScore);
        boolean forced = explanation.stream().anyMatch(line -> line.type().forcesLowestClass());
        return new Assessment(score, forced ? LOWEST : classify(score), explanation, unbounded);
    }

    private static Map<RecordType, Integer> checkedPoints(Map<RecordType, Integer> points) {
        EnumMap<RecordType, Integer> checked = new EnumMap<>(RecordType.class);
        if (points != null) {
            checked.putAll(points);
        }
        List<RecordType> missing = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            if (checked.get(type) == null) {
                missing.add(type);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("qsp.credit.rules.points needs points for every record type; missing "
                    + missing);
        }
        return Collections.unmodifiableMap(checked);
    }

    private static Map<RiskClass, Integer> checkedClasses(Map<RiskClass, Integer> classes, int minScore,
            int maxScore) {
        EnumMap<RiskClass, Integer> checked = new EnumMap<>(RiskClass.class);
        if (classes != null) {
            checked.putAll(classes);
        }
        if (checked.containsKey(LOWEST)) {
            throw new IllegalArgumentException("qsp.credit.rules.classes: " + LOWEST
                    + " is the lowest class and takes every score below the others; it has no lowest score");
        }
        Integer above = null;
        RiskClass aboveClass = null;
        for (RiskClass riskClass : RiskClass.values()) {
            if (riskClass == LOWEST) {
                break;
            }
            Integer lowest = checked.get(riskClass);
            if (lowest == null) {
                throw new IllegalArgumentException("qsp.credit.rules.classes needs the lowest score of class "
                        + riskClass);
            }
            if (lowest <= minScore || lowest > maxScore) {
                throw new IllegalArgumentException("qsp.credit.rules.classes: the lowest score of " + riskClass
                        + " (" + lowest + ") must lie above min-score (" + minScore + ") and at most at max-score ("
                        + maxScore + ")");
            }
            if (above != null && lowest >= above) {
                throw new IllegalArgumentException("qsp.credit.rules.classes must fall from A down: " + riskClass
                        + " (" + lowest + ") is not below " + aboveClass + " (" + above + ")");
            }
            above = lowest;
            aboveClass = riskClass;
        }
        return Collections.unmodifiableMap(checked);
    }
}
