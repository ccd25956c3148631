package org.qsp.contracts.recall;

import java.time.Instant;

import org.qsp.contracts.EnterpriseRef;

/**
 * The regulator concluded an investigation: DEFECT_CONFIRMED or NO_DEFECT. {@code objected} says whether the
 * producer objected within its window (a defect that stood unobjected when the window closed and a recall was
 * ordered is concluded DEFECT_CONFIRMED with {@code objected} false).
 */
public record RecallInvestigationConcluded(String investigationId, String leadId, EnterpriseRef producer,
        String region, String conclusion, boolean objected, Instant concludedAt) {
}
