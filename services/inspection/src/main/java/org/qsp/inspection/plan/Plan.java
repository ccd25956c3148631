package org.qsp.inspection.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.inspection.InspectionPlanPublished;
import org.qsp.platform.access.Caller;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A sampling plan (抽查计划) of an authority (its region and level) for a year: which product categories, how many
 * batches, how much of each credit class's pool its draws pick. Published once, with {@code inspection.plan.published}.
 */
@Document(Plan.COLLECTION)
@CompoundIndex(name = "region_year", def = "{'spec.region': 1, 'spec.year': -1, 'publishedAt': -1}")
public class Plan extends OutboxDocument {

    public static final String COLLECTION = "plans";
    public static final String DESCRIPTION = "plan";

    @Id
    private String id;
    private PlanSpec spec;
    private String publishedBy;
    private String fingerprint;
    private Instant publishedAt;

    private Plan() {
    }

    public static Plan publish(PlanId id, PlanSpec spec, String regulator, String fingerprint, Instant at) {
        Plan plan = new Plan();
        plan.id = id.value();
        plan.spec = spec;
        plan.publishedBy = regulator;
        plan.fingerprint = fingerprint;
        plan.publishedAt = at;
        plan.raise(new InspectionPlanPublished(plan.id, spec.year(), spec.level().name(), spec.samplingType().name(),
                List.copyOf(spec.categories()), spec.region(), spec.batchCount(), spec.classRatios().byLetter(), at));
        return plan;
    }

    /** A regulator whose authority covers the plan's region. */
    public boolean isVisibleTo(Caller caller) {
        return caller.supervises(spec.region());
    }

    public String id() {
        return id;
    }

    public PlanSpec spec() {
        return spec;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
