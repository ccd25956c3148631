package org.qsp.inspection.draw;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.inspection.draw.DrawAlgorithm.Candidate;
import org.qsp.inspection.draw.DrawAlgorithm.Examiner;
import org.qsp.inspection.plan.DrawProperties;
import org.qsp.inspection.plan.Plan;
import org.qsp.inspection.plan.PlanId;
import org.qsp.inspection.plan.PlanLevel;
import org.qsp.inspection.plan.PlanService;
import org.qsp.inspection.plan.PlanSpec;
import org.qsp.inspection.pool.EnterprisePool;
import org.qsp.inspection.pool.InspectorPool;
import org.qsp.inspection.task.TaskSearch;
import org.qsp.inspection.task.TaskService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.region.Regions;
import org.qsp.platform.store.AggregateStore;

/**
 * Makes a plan's draw from one read of the eligible pool (a sorted projection, minus the exclusions), stores its
 * snapshot, publishes it and opens its tasks; verifies a draw by running it again from what it recorded.
 */
@Service
public class DrawService {

    private static final Logger log = LoggerFactory.getLogger(DrawService.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final PlanService plans;
    private final AggregateStore<Draw> draws;
    private final DrawSearch search;
    private final DrawSnapshots snapshots;
    private final EnterprisePool enterprises;
    private final InspectorPool inspectors;
    private final TaskSearch taskSearch;
    private final TaskService tasks;
    private final DrawProperties properties;
    private final Clock clock;

    public DrawService(PlanService plans, AggregateStore<Draw> draws, DrawSearch search, DrawSnapshots snapshots,
            EnterprisePool enterprises, InspectorPool inspectors, TaskSearch taskSearch, TaskService tasks,
            DrawProperties properties, Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.search = search;
        this.snapshots = snapshots;
        this.enterprises = enterprises;
        this.inspectors = inspectors;
        this.taskSearch = taskSearch;
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a verification found. */
    public record Verification(Draw draw, String recomputedHash, boolean picksMatch) {

        public boolean matches() {
            return picksMatch && recomputedHash.equals(draw.poolHash());
        }
    }

    /**
     * Draws for the plan (a regulator of its region). The draw's id derives from the plan, the regulator and the
     * Idempotency-Key: a retry answers the same draw; the same key with another seed is 409.
     *
     * @param seed the published source to seed from (e.g. a lottery number), or null to generate one
     */
    public Draw draw(Caller caller, PlanId planId, String idempotencyKey, String seed) {
        Plan plan = plans.visibleTo(caller, planId);
        DrawId id = DrawId.of(plan.id(), caller.subject(), idempotencyKey);
        String fingerprint = DerivedIds.fingerprint(seed == null ? "generated" : "given:" + seed);
        Optional<Draw> existing = draws.find(id.value());
        if (existing.isPresent()) {
            return replayed(existing.get(), fingerprint, id);
        }
        Instant now = clock.instant();
        PlanSpec spec = plan.spec();
        Set<String> excluded = excluded(spec, now);
        List<Candidate> pool = new ArrayList<>();
        int[] skipped = {0};
        enterprises.eligible(Regions.prefix(spec.region()), spec.categories(), e -> {
            if (excluded.contains(e.uscc())) {
                skipped[0]++;
                return;
            }
            String category = spec.categories().stream().filter(e.categories()::contains).findFirst().orElseThrow();
            pool.add(new Candidate(e.uscc(), e.riskClass(), category));
        });
        if (!DrawAlgorithm.sorted(pool)) {
            pool.sort(java.util.Comparator.comparing(Candidate::uscc));
        }
        List<Examiner> examiners = inspectors.withRegionPrefix(Regions.prefix(spec.region())).stream()
                .map(i -> new Examiner(i.id(), i.qualifications(), i.conflicts())).toList();
        Draw.SeedSource source = seed == null ? Draw.SeedSource.GENERATED : Draw.SeedSource.GIVEN;
        String usedSeed = seed != null ? seed : HexFormat.of().formatHex(SEEDS.generateSeed(16));
        DrawAlgorithm.Result result = DrawAlgorithm.run(plan.id(), usedSeed, spec.classRatios(), spec.batchCount(),
                pool, examiners);
        int chunks = snapshots.save(id.value(), pool);
        Draw stored = draws.insertIfAbsent(Draw.record(id.value(), plan, usedSeed, source, result, pool.size(),
                skipped[0], chunks, examiners, caller.subject(), fingerprint, now)).aggregate();
        if (!fingerprint.equals(stored.fingerprint())) {
            throw reused(id);
        }
        return openTasks(stored);
    }

    public Draw visibleTo(Caller caller, PlanId planId, DrawId id) {
        Plan plan = plans.visibleTo(caller, planId);
        return draws.find(id.value()).filter(d -> d.planId().equals(plan.id()))
                .orElseThrow(() -> new NotFound(Draw.DESCRIPTION, id.value()));
    }

    /** A published draw, for anyone (the public view shows no classes and no inspectors). */
    public Draw published(DrawId id) {
        return draws.get(id.value());
    }

    /** Runs the draw again from its recorded seed, algorithm, plan, inspector pool and snapshot. */
    public Verification verify(DrawId id) {
        Draw draw = draws.get(id.value());
        List<Candidate> pool = snapshots.load(draw.id(), draw.snapshotChunks());
        DrawAlgorithm.Result again = DrawAlgorithm.run(draw.planId(), draw.seed(), draw.plan().classRatios(),
                draw.plan().batchCount(), pool, draw.inspectors());
        return new Verification(draw, again.poolHash(), again.picks().equals(draw.picks()));
    }

    /** Opens the tasks of draws that a stopped process left without them (what a periodic sweep calls). */
    public int openPendingTasks() {
        List<String> pending = search.withTasksPending(clock.instant().minus(Duration.ofMinutes(1)), 20);
        pending.forEach(id -> openTasks(draws.get(id)));
        return pending.size();
    }

    private Draw openTasks(Draw draw) {
        if (draw.areTasksOpened()) {
            return draw;
        }
        PlanSpec spec = draw.plan();
        tasks.openForDraw(draw.id(), draw.planId(), spec.region(), spec.level().name(), spec.year(), draw.picks());
        return draws.update(draw.id(), Draw::tasksOpened);
    }

    /**
     * What no draw of this plan may pick: what the same authority (region and level) drew for the plan's categories
     * within the exclusion months, and what a higher level whose region covers this one drew for them this year.
     */
    private Set<String> excluded(PlanSpec spec, Instant now) {
        Instant since = now.atZone(ZoneOffset.UTC).minusMonths(properties.exclusionMonths()).toInstant();
        Set<String> excluded = new HashSet<>(taskSearch.drawnByAuthority(spec.region(), spec.level().name(),
                spec.categories(), since));
        List<String> above = new ArrayList<>();
        for (PlanLevel level : PlanLevel.values()) {
            if (level.isAbove(spec.level())) {
                above.add(covering(spec.region(), level));
            }
        }
        excluded.addAll(taskSearch.drawnInYearBy(above, spec.year(), spec.categories()));
        log.debug("draw for {} {} excludes {} enterprises", spec.level(), spec.region(), excluded.size());
        return excluded;
    }

    /** The code of the authority of {@code level} whose area holds {@code region}. */
    static String covering(String region, PlanLevel level) {
        return switch (level) {
            case NATIONAL -> Regions.NATIONAL;
            case PROVINCIAL -> region.substring(0, 2) + "0000";
            case CITY -> region.substring(0, 4) + "00";
            case COUNTY -> region;
        };
    }

    private Draw replayed(Draw draw, String fingerprint, DrawId id) {
        if (!fingerprint.equals(draw.fingerprint())) {
            throw reused(id);
        }
        return openTasks(draw);
    }

    private static Conflict reused(DrawId id) {
        return new Conflict("idempotency-key-reused",
                "this Idempotency-Key was used for another draw (" + id.value() + "); use a new key");
    }
}
