package org.qsp.rectification.task;

import java.time.Instant;
import java.util.List;

/**
 * The enterprise's rectification report (整改报告): the measures it took and the evidence of the task it cites, and,
 * once the regulator has looked at it, the review. Number 1, 2, … within the task: a report the regulator sent back
 * for more information stays as it was, and the next one gets the next number.
 */
public record Report(int number, String measures, List<Evidence> evidence, Instant reportedAt, Review review) {

    public Report {
        evidence = List.copyOf(evidence);
    }

    /** An evidence attachment of the task as the report cites it: its id and what was stored under it then. */
    public record Evidence(String evidenceId, String contentType, String sha256, long bytes) {
    }

    /** Whether a report with these measures and these evidence ids (in this order) would say the same. */
    boolean says(String otherMeasures, List<String> evidenceIds) {
        return measures.equals(otherMeasures) && evidence.stream().map(Evidence::evidenceId).toList().equals(evidenceIds);
    }

    boolean isUnderReview() {
        return review == null;
    }

    Report reviewed(Review by) {
        return new Report(number, measures, evidence, reportedAt, by);
    }
}
