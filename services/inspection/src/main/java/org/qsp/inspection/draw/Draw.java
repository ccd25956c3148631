package org.qsp.inspection.draw;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.inspection.InspectionDrawPublished;
import org.qsp.inspection.draw.DrawAlgorithm.Examiner;
import org.qsp.inspection.draw.DrawAlgorithm.Pick;
import org.qsp.inspection.plan.Plan;
import org.qsp.inspection.plan.PlanSpec;

/**
 * A published draw of a plan: everything needed to run it again (seed, algorithm, the plan's ratios and batch count,
 * the inspector pool as it was; the enterprise pool's snapshot is stored in chunks beside it, see
 * {@link DrawSnapshots}), the hash of that pool, and the picks. Raises {@code inspection.draw.published}.
 */
@Document(Draw.COLLECTION)
@CompoundIndex(name = "plan_newest_first", def = "{'planId': 1, 'drawnAt': -1}")
@CompoundIndex(name = "tasks_pending", def = "{'tasksOpened': 1, 'drawnAt': 1}")
public class Draw extends org.qsp.platform.outbox.OutboxDocument {

    public static final String COLLECTION = "draws";
    public static final String DESCRIPTION = "draw";

    /** Where the seed came from: given by the regulator (a published source) or generated here. */
    public enum SeedSource {
        GIVEN, GENERATED
    }

    @Id
    private String id;
    private String planId;
    private PlanSpec plan;
    private String seed;
    private SeedSource seedSource;
    private String algorithm;
    private String poolHash;
    private int poolSize;
    private int excluded;
    private int snapshotChunks;
    private List<Examiner> inspectors;
    private List<Pick> picks;
    private String drawnBy;
    private String fingerprint;
    private Instant drawnAt;
    private boolean tasksOpened;

    private Draw() {
    }

    public static Draw record(String id, Plan plan, String seed, SeedSource source, DrawAlgorithm.Result result,
            int poolSize, int excluded, int snapshotChunks, List<Examiner> inspectors, String drawnBy,
            String fingerprint, Instant at) {
        Draw draw = new Draw();
        draw.id = id;
        draw.planId = plan.id();
        draw.plan = plan.spec();
        draw.seed = seed;
        draw.seedSource = source;
        draw.algorithm = DrawAlgorithm.VERSION;
        draw.poolHash = result.poolHash();
        draw.poolSize = poolSize;
        draw.excluded = excluded;
        draw.snapshotChunks = snapshotChunks;
        draw.inspectors = List.copyOf(inspectors);
        draw.picks = result.picks();
        draw.drawnBy = drawnBy;
        draw.fingerprint = fingerprint;
        draw.drawnAt = at;
        PlanSpec spec = plan.spec();
        draw.raise(new InspectionDrawPublished(id, plan.id(), spec.region(), spec.level().name(), spec.year(),
                spec.categories(), seed, draw.algorithm, draw.poolHash, poolSize,
                draw.picks.stream().map(Pick::uscc).toList(), at));
        return draw;
    }

    /** The draw's tasks are open (one per pick). */
    public void tasksOpened() {
        tasksOpened = true;
    }

    public String id() {
        return id;
    }

    public String planId() {
        return planId;
    }

    public PlanSpec plan() {
        return plan;
    }

    public String seed() {
        return seed;
    }

    public SeedSource seedSource() {
        return seedSource;
    }

    public String algorithm() {
        return algorithm;
    }

    public String poolHash() {
        return poolHash;
    }

    public int poolSize() {
        return poolSize;
    }

    public int excluded() {
        return excluded;
    }

    public int snapshotChunks() {
        return snapshotChunks;
    }

    public List<Examiner> inspectors() {
        return inspectors;
    }

    public List<Pick> picks() {
        return picks;
    }

    public String drawnBy() {
        return drawnBy;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant drawnAt() {
        return drawnAt;
    }

    public boolean areTasksOpened() {
        return tasksOpened;
    }
}
