package org.qsp.contracts.recall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;

/**
 * The regulator accepted a recall plan: the recall is published and runs on its schedule. {@code completionDue}
 * is the food level's completion deadline (null for consumer products), {@code summaryDue} the completion summary's
 * (15 working days after the planned end), {@code nextReportDue} the first progress report's.
 */
public record RecallPlanAccepted(String recallId, String kind, EnterpriseRef producer, ProductRef product,
        String productType, Integer level, String riskLevel, String hazardType, List<String> remedies,
        int unitsAffected, LocalDate plannedStart, LocalDate plannedEnd, LocalDate completionDue,
        LocalDate summaryDue, LocalDate nextReportDue, Instant acceptedAt) {
}
