package org.qsp.credit.rules;

import java.util.List;
import java.util.Optional;

/**
 * A score, the risk class it falls in, and the records of each type that moved it (the score
 * explains itself). The score is bounded by the rules' floor and ceiling; {@code unboundedScore}
 * is the base score plus the points of every line of the explanation, so that a bounded score still
 * adds up: the difference is what the floor (or the ceiling) cut off.
 */
public record Assessment(int score, RiskClass riskClass, List<Contribution> explanation, int unboundedScore) {

    public Assessment {
        explanation = List.copyOf(explanation);
    }

    /** An assessment within the bounds: the score is the sum. */
    public Assessment(int score, RiskClass riskClass, List<Contribution> explanation) {
        this(score, riskClass, explanation, score);
    }

    /** Which bound the score was held at: FLOOR, CEILING, or empty when the sum lies within them. */
    public Optional<Bound> bound() {
        return Bound.of(score, unboundedScore);
    }

    /** The bound a score was held at. */
    public enum Bound {
        FLOOR, CEILING;

        /** Which bound held {@code score} when the sum was {@code unboundedScore}. */
        public static Optional<Bound> of(int score, int unboundedScore) {
            if (unboundedScore < score) {
                return Optional.of(FLOOR);
            }
            return unboundedScore > score ? Optional.of(CEILING) : Optional.empty();
        }
    }
}
