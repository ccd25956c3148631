package org.qsp.recall.recalls.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.platform.web.MultilineText;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.defect.RiskLevel;
import org.qsp.recall.recalls.Closure;
import org.qsp.recall.recalls.Review;
import org.qsp.recall.recalls.Units;

/** The bodies of the actions on a recall, other than its plan. */
final class RecallRequests {

    private RecallRequests() {
    }

    /** The regulator's order: the product type, its food level or risk level, the hazard. */
    record Order(@NotNull ProductType productType, @Min(1) @Max(3) Integer level, RiskLevel riskLevel,
            @NotNull HazardType hazardType) {
    }

    /** {@code {"decision": "ACCEPT"}} or {@code {"decision": "REQUEST_CHANGES", "notes": "…"}}. */
    record Decision(@NotNull Review.Decision decision, @Size(max = 4000) @MultilineText String notes) {
    }

    /** Cumulative units of a progress report, and a note. */
    record Progress(@NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsRecovered,
            @NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsRepaired,
            @NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsReplaced,
            @NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsRefunded,
            @Size(max = 2000) @MultilineText String note) {

        Units units() {
            return new Units(unitsRecovered, unitsRepaired, unitsReplaced, unitsRefunded);
        }
    }

    /** The completion summary: final units, the measures taken, what became of the recovered goods. */
    record SummaryBody(@NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsRecovered,
            @NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsRepaired,
            @NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsReplaced,
            @NotNull @Min(0) @Max(PlanBody.MAX_UNITS) Integer unitsRefunded,
            @NotBlank @Size(max = 4000) @MultilineText String measures,
            @NotBlank @Size(max = 2000) @MultilineText String disposal) {

        Units units() {
            return new Units(unitsRecovered, unitsRepaired, unitsReplaced, unitsRefunded);
        }
    }

    /** {@code {"outcome": "COMPLETED"}} or {@code {"outcome": "TERMINATED", "reason": "…"}}. */
    record Closing(@NotNull Closure.Outcome outcome, @Size(max = 2000) @MultilineText String reason) {
    }
}
