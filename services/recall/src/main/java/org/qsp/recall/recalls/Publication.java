package org.qsp.recall.recalls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.defect.RiskLevel;

/**
 * What the public sees of a recall, kept in the recall's document and rewritten whenever it changes (openFDA's
 * enforcement report, CPSC's recall and EU Safety Gate's alert are the models). It has no field for anything internal
 * (review notes, findings, a termination's reason, evidence) or personal (the contact person): what the public feed
 * reads is only this. {@code dates.lastPublished} is the time of the last change the public can see (CPSC's
 * {@code LastPublishDate}): the feed's order and its incremental sync.
 */
public record Publication(String recallNumber, String status, String kind, ProductType productType, Integer level,
        RiskLevel riskLevel, PublicProduct product, Hazard hazard, List<Remedy> remedies, PublicProducer producer,
        List<String> salesRegions, List<SalesChannel> salesChannels, Dates dates, PublicUnits units) {

    public record PublicProduct(String name, String brand, String model, String codeInfo, LocalDate productionFrom,
            LocalDate productionTo) {
    }

    public record Hazard(HazardType type, String description) {
    }

    public record PublicProducer(String name, String uscc, String region) {
    }

    public record Dates(Instant initiated, Instant classified, Instant lastPublished, Instant completed,
            Instant terminated) {
    }

    /** Units affected (null until a plan names them) and what came of them. */
    public record PublicUnits(Integer affected, int recovered, int repaired, int replaced, int refunded,
            BigDecimal completionRate) {
    }

    /** The publication of {@code recall} as it stands, last published {@code at}. */
    static Publication of(Recall recall, Instant at) {
        RecallPlan plan = recall.status() == RecallStatus.PLAN_REQUIRED || recall.acceptedAt() == null
                ? null : recall.plan();
        var product = recall.product();
        Integer affected = plan == null ? null : plan.quantityAffected();
        Units units = recall.latestUnits();
        boolean completed = recall.status() == RecallStatus.COMPLETED;
        boolean terminated = recall.status() == RecallStatus.TERMINATED;
        return new Publication(recall.id(), recall.status().publicName(), recall.kind().name().toLowerCase(),
                recall.classification().productType(), recall.classification().level(),
                recall.classification().riskLevel(),
                new PublicProduct(product.title(), product.brand(), product.model(), product.codeInfo(),
                        plan == null ? null : plan.productionFrom(), plan == null ? null : plan.productionTo()),
                new Hazard(recall.hazardType(), recall.hazard()), plan == null ? List.of() : plan.remedies(),
                new PublicProducer(recall.producer().name(), recall.producer().uscc(), recall.producer().region()),
                plan == null ? List.of() : plan.salesRegions(), plan == null ? List.of() : plan.salesChannels(),
                new Dates(recall.initiatedAt(), recall.classifiedAt(), at, completed ? recall.closedAt() : null,
                        terminated ? recall.closedAt() : null),
                new PublicUnits(affected, units.recovered(), units.repaired(), units.replaced(), units.refunded(),
                        affected == null ? null : units.completionRate(affected)));
    }
}
