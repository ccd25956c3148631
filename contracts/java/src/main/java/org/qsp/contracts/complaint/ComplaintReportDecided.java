package org.qsp.contracts.complaint;

import java.time.Instant;

/**
 * A report was decided: {@code substantiated} or not; for a substantiated one the {@code violation}, its
 * {@code legalBasis}, whether a penalty was decided and whether the violation needs correction (a rectification
 * task). The reporter is never named.
 */
public record ComplaintReportDecided(String caseId, String category, Respondent respondent, ProductMention product,
        String authorityRegion, boolean substantiated, String violation, String legalBasis, boolean penaltyDecided,
        boolean correctionRequired, Instant decidedAt) {
}
