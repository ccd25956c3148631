package org.qsp.inspection.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.qsp.inspection.plan.Plan;

/** A plan as its regulators see it. */
public record PlanView(String planId, int year, String level, String samplingType, List<String> categories,
        String region, int batchCount, Map<String, BigDecimal> classRatios, Instant publishedAt) {

    public static PlanView of(Plan plan) {
        var spec = plan.spec();
        return new PlanView(plan.id(), spec.year(), spec.level().name(), spec.samplingType().name(),
                spec.categories(), spec.region(), spec.batchCount(), spec.classRatios().byLetter(),
                plan.publishedAt());
    }
}
