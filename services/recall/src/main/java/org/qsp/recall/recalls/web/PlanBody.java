package org.qsp.recall.recalls.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.MultilineText;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.defect.RiskLevel;
import org.qsp.recall.defect.web.DefectBodies.EvidenceBody;
import org.qsp.recall.recalls.Contact;
import org.qsp.recall.recalls.RecallPlan;
import org.qsp.recall.recalls.Remedy;
import org.qsp.recall.recalls.SalesChannel;

/**
 * A recall plan as the producer sends it (DOMAIN.md §6). Each field has its type and bounds here; the rules across
 * fields (dates in order, units that add up, the classification of food and of consumer products) are the domain's.
 * A voluntary recall filed during an investigation names it in {@code investigationId}; a plan filed for a recall
 * that exists names none (its recall is in the path).
 */
record PlanBody(
        @Size(max = 30) String investigationId,
        @NotNull ProductType productType,
        @Min(1) @Max(3) Integer level,
        RiskLevel riskLevel,
        @NotNull @Valid ProducerBody producer,
        @NotNull @Valid ProductBody product,
        @NotNull @Min(1) @Max(MAX_UNITS) Integer quantityProduced,
        @NotNull @Min(1) @Max(MAX_UNITS) Integer quantityAffected,
        @NotEmpty @Size(max = 50) List<@NotNull @KnownRegion String> salesRegions,
        @NotEmpty @Size(max = 8) List<@NotNull SalesChannel> salesChannels,
        @NotNull @Valid DefectBody defect,
        @NotEmpty @Size(max = 4) List<@NotNull Remedy> remedies,
        @NotNull @Valid ScheduleBody schedule,
        @NotBlank @Size(max = 2000) @MultilineText String publicity) {

    static final int MAX_UNITS = 1_000_000_000;

    record ProducerBody(@NotBlank @Size(max = 100) String name, @NotNull @ValidUscc String uscc,
            @NotNull @KnownRegion(place = true) String region, @NotNull @Valid ContactBody contact) {
    }

    record ContactBody(@NotBlank @Size(max = 50) String name,
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9-]{5,19}", message = "must be a phone number") String phone) {
    }

    record ProductBody(@NotBlank @Size(max = 100) String name, @Size(max = 100) String brand,
            @Size(max = 100) String model, @NotBlank @Size(max = 500) String codeInfo,
            @NotNull LocalDate productionFrom, @NotNull LocalDate productionTo) {
    }

    record DefectBody(@NotBlank @Size(max = 4000) @MultilineText String description, @NotNull HazardType hazardType,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid EvidenceBody> evidence) {
    }

    record ScheduleBody(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    RecallPlan plan() {
        return new RecallPlan(new Classification(productType, level, riskLevel),
                new Producer(producer.uscc(), producer.name(), producer.region()),
                new Contact(producer.contact().name(), producer.contact().phone()),
                new Product(product.name(), product.brand(), product.model(), product.codeInfo()),
                product.productionFrom(), product.productionTo(), quantityProduced, quantityAffected, salesRegions,
                salesChannels, new RecallPlan.Defect(defect.description(), defect.hazardType(),
                        defect.evidence().stream().map(EvidenceBody::evidence).toList()),
                remedies, new RecallPlan.Schedule(schedule.start(), schedule.end()), publicity);
    }
}
