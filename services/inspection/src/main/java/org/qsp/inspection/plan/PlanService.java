package org.qsp.inspection.plan;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.inspection.pool.RiskClass;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.paging.Page;
import org.qsp.platform.region.Regions;
import org.qsp.platform.store.AggregateStore;

/** Publishes plans for the regulators of their region, and shows them. */
@Service
public class PlanService {

    private final AggregateStore<Plan> plans;
    private final PlanSearch search;
    private final DrawProperties draw;
    private final Clock clock;

    public PlanService(AggregateStore<Plan> plans, PlanSearch search, DrawProperties draw, Clock clock) {
        this.plans = plans;
        this.search = search;
        this.draw = draw;
        this.clock = clock;
    }

    /**
     * Publishes the plan (or answers the one this regulator published under this key; other content under the same
     * key is 409). Ratios left out come from configuration; given ones must lie in the configured bands.
     */
    public Plan publish(Caller caller, String idempotencyKey, int year, PlanLevel level, SamplingType type,
            java.util.List<String> categories, String region, int batchCount, ClassRatios ratios) {
        if (!level.fits(region)) {
            throw new InvalidField("level-region-mismatch", "region", "a " + level + " plan names a " + describe(level)
                    + " code; " + region + " is a " + describe(PlanLevel.of(region)) + " code");
        }
        if (!caller.supervises(region)) {
            throw new Forbidden("region-not-supervised", "region " + region + " is outside your authority");
        }
        if (batchCount > draw.maxBatchCount()) {
            throw new InvalidField("validation-failed", "batchCount", "at most " + draw.maxBatchCount());
        }
        ClassRatios effective = ratios == null ? draw.defaultRatios() : ratios;
        for (RiskClass riskClass : RiskClass.values()) {
            if (!draw.inBand(riskClass, effective.of(riskClass))) {
                throw new InvalidField("class-ratio-out-of-band", "classRatios." + riskClass,
                        "class " + riskClass + " is drawn at " + draw.band(riskClass) + " of its pool here");
            }
        }
        PlanSpec spec = new PlanSpec(year, level, type, categories, region, batchCount, effective);
        PlanId id = PlanId.forPublication(caller.subject(), idempotencyKey);
        String fingerprint = DerivedIds.fingerprint(spec.fingerprintText());
        Optional<Plan> existing = plans.find(id.value());
        Plan stored = existing.orElseGet(() -> plans.insertIfAbsent(
                Plan.publish(id, spec, caller.subject(), fingerprint, clock.instant())).aggregate());
        if (!fingerprint.equals(stored.fingerprint())) {
            throw new Conflict("idempotency-key-reused",
                    "this Idempotency-Key was used for another plan (" + id + "); use a new key");
        }
        return stored;
    }

    /** The plan, for a regulator of its region (404 for anyone else: existence does not leak). */
    public Plan visibleTo(Caller caller, PlanId id) {
        return plans.find(id.value()).filter(p -> p.isVisibleTo(caller))
                .orElseThrow(() -> new NotFound(Plan.DESCRIPTION, id.value()));
    }

    public Page<Plan> supervisedBy(Caller caller, String region, Integer year, int page, int size) {
        return caller.supervisedPrefixWithin(region).map(prefix -> search.find(prefix, year, page, size))
                .orElseGet(() -> Page.empty(page, size));
    }

    private static String describe(PlanLevel level) {
        return switch (level) {
            case NATIONAL -> "national (" + Regions.NATIONAL + ")";
            case PROVINCIAL -> "province (xx0000)";
            case CITY -> "city (xxxx00)";
            case COUNTY -> "county";
        };
    }
}
