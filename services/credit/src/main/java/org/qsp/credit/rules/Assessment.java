package org.qsp.credit.rules;

import java.util.List;

/** A score, the risk class it falls in, and the records of each type that moved it (the score explains itself). */
public record Assessment(int score, RiskClass riskClass, List<Contribution> explanation) {

    public Assessment {
        explanation = List.copyOf(explanation);
    }
}
