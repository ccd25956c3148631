package org.qsp.recall.recalls;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.qsp.platform.errors.InvalidField;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.Evidence;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;

/**
 * A recall plan (召回计划, DOMAIN.md §6): the producer and its contact; the product with its batches or code info and
 * production date range; quantities produced and affected; where and how it was sold; the defect, its hazard and the
 * evidence; the remedies; the schedule; and how the recall is made public. The classification is the producer's
 * proposal in a voluntary recall and the regulator's order in an ordered one.
 */
public record RecallPlan(Classification classification, Producer producer, Contact contact, Product product,
        LocalDate productionFrom, LocalDate productionTo, int quantityProduced, int quantityAffected,
        List<String> salesRegions, List<SalesChannel> salesChannels, Defect defect, List<Remedy> remedies,
        Schedule schedule, String publicity) {

    public RecallPlan {
        salesRegions = List.copyOf(salesRegions);
        salesChannels = List.copyOf(salesChannels);
        remedies = List.copyOf(remedies);
    }

    /** What is wrong with the product, its hazard type and the evidence (test reports, complaints, injuries). */
    public record Defect(String description, HazardType hazardType, List<Evidence> evidence) {

        public Defect {
            evidence = List.copyOf(evidence);
        }
    }

    /** When the recall runs: from its first day to its planned end. */
    public record Schedule(LocalDate start, LocalDate end) {
    }

    /**
     * The rules a plan must keep beyond its fields' own: dates in order and not ahead of time, no more units affected
     * than produced, each remedy and region once. The first broken rule is a 400 on its field.
     */
    public void check(LocalDate today) {
        if (productionFrom.isAfter(productionTo)) {
            throw new InvalidField("dates-out-of-order", "product.productionTo",
                    "the production date range ends (" + productionTo + ") before it starts (" + productionFrom + ")");
        }
        if (productionTo.isAfter(today)) {
            throw new InvalidField("production-in-future", "product.productionTo", "must not be after today");
        }
        if (schedule.start().isAfter(schedule.end())) {
            throw new InvalidField("dates-out-of-order", "schedule.end",
                    "the schedule ends (" + schedule.end() + ") before it starts (" + schedule.start() + ")");
        }
        if (schedule.end().isBefore(today)) {
            throw new InvalidField("schedule-in-the-past", "schedule.end", "a recall's planned end is not in the past");
        }
        if (schedule.start().isBefore(productionFrom)) {
            throw new InvalidField("dates-out-of-order", "schedule.start",
                    "a recall does not start before the product was made (" + productionFrom + ")");
        }
        if (quantityAffected > quantityProduced) {
            throw new InvalidField("quantities-do-not-add-up", "quantityAffected", "the " + quantityAffected
                    + " units affected are more than the " + quantityProduced + " produced");
        }
        if (new HashSet<>(remedies).size() < remedies.size()) {
            throw new InvalidField("duplicate-remedy", "remedies", "names a remedy twice");
        }
        if (new HashSet<>(salesRegions).size() < salesRegions.size()) {
            throw new InvalidField("duplicate-region", "salesRegions", "names a region twice");
        }
    }
}
