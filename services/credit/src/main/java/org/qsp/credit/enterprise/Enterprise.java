package org.qsp.credit.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.rules.Assessment;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * An enterprise's credit standing, keyed by its USCC. Score, class and explanation are derived
 * state: always recomputed from all its records, never incremented, so a redelivered event or a
 * crash between writes cannot count a record twice. A class change raises
 * {@code CreditClassChanged} in the same document write.
 */
@Document("enterprises")
@CompoundIndex(name = "region_score", def = "{'region': 1, 'score': 1, '_id': 1}")
@CompoundIndex(name = "region_class_score", def = "{'region': 1, 'riskClass': 1, 'score': 1, '_id': 1}")
public class Enterprise extends OutboxDocument {

    @Id
    private String uscc;
    private String name;
    private String region;
    private int score;
    private RiskClass riskClass;
    private List<Contribution> explanation = new ArrayList<>();
    private Instant assessedAt;

    Enterprise() {
    }

    /**
     * An enterprise first seen, in the starting class. Until an event carries its region, its
     * region is the one in its USCC (positions 3 to 8: where it was registered).
     */
    public static Enterprise open(String uscc, Assessment starting) {
        Enterprise enterprise = new Enterprise();
        enterprise.uscc = uscc;
        enterprise.region = uscc.substring(2, 8);
        enterprise.score = starting.score();
        enterprise.riskClass = starting.riskClass();
        enterprise.explanation = new ArrayList<>(starting.explanation());
        return enterprise;
    }

    /** Keeps the name and region an event carried (null: the event did not carry it). */
    public void describe(String newName, String newRegion) {
        if (newName != null) {
            name = newName;
        }
        if (newRegion != null) {
            region = newRegion;
        }
    }

    /**
     * Takes a fresh assessment; when the class moved, raises {@code CreditClassChanged}. The same
     * records assessed again change nothing (not even {@code assessedAt}), so nothing is written.
     */
    public void reassess(Assessment assessment, Instant at) {
        if (score == assessment.score() && riskClass == assessment.riskClass()
                && explanation.equals(assessment.explanation())) {
            return;
        }
        if (riskClass != assessment.riskClass()) {
            raise(new CreditClassChanged(uscc, riskClass.name(), assessment.riskClass().name(), assessment.score(),
                    at));
        }
        score = assessment.score();
        riskClass = assessment.riskClass();
        explanation = new ArrayList<>(assessment.explanation());
        assessedAt = at;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public int score() {
        return score;
    }

    public RiskClass riskClass() {
        return riskClass;
    }

    public List<Contribution> explanation() {
        return List.copyOf(explanation);
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    @Override
    public String toString() {
        return "Enterprise[" + uscc + " " + riskClass + " " + score + "]";
    }
}
